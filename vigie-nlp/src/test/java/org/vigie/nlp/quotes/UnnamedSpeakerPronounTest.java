package org.vigie.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.vigie.nlp.quotes.QuoteSpeakers.speakerOf;

import org.junit.jupiter.api.Test;

/**
 * « il » / « elle » after a speaker the text leaves unnamed (« un témoin », « la conductrice »):
 * the nearest compatible speaker wins, not an earlier named one. Sentences written for the test in
 * the style of French wire copy, each with controls the rule must leave alone.
 */
class UnnamedSpeakerPronounTest {

    @Test
    void invertedPronounAfterAWitnessIsTheWitnessNotTheMayorNamedBefore() {
        String[] text = {
                "Le maire de la commune, Jean Martin, a annoncé qu'une cellule psychologique serait ouverte lundi.",
                "L'accident s'est produit vers 18 heures sur la départementale, à la sortie du village.",
                "Un témoin raconte que la voiture roulait à vive allure.",
                "\"Elle n'a même pas freiné avant le virage\", a-t-il ajouté."};
        assertEquals("Un témoin", speakerOf("Elle n'a même", text));
        assertEquals("Jean Martin", speakerOf("une cellule", text));
    }

    @Test
    void feminineDescriptionTakesElle() {
        assertEquals("une habitante", speakerOf("On n'en peut plus",
                "Le préfet Michel Durand a promis jeudi des renforts de police dans le quartier.",
                "Les tirs ont repris dans la nuit, a raconté une habitante.",
                "\"On n'en peut plus, on ne dort plus\", précise-t-elle."));
    }

    @Test
    void pronounOfTheOtherGenderSkipsTheUnnamedSpeaker() {
        // « elle » is not « un policier »: the woman named before keeps the quote
        assertEquals("Claire Morel", speakerOf("La situation",
                "La procureure Claire Morel a confirmé l'ouverture d'une enquête pour homicide.",
                "Un policier a expliqué que le suspect avait pris la fuite à pied.",
                "\"La situation reste très confuse\", a-t-elle ajouté."));
    }

    @Test
    void pronounAfterANamedSpeakerStillGoesToThatName() {
        // the unnamed speaker came first, the named one after: the name is nearer
        assertEquals("Paul Girard", speakerOf("Nous allons",
                "Un témoin a affirmé que les pompiers étaient arrivés très vite.",
                "Le directeur de l'usine, Paul Girard, a indiqué que la production était suspendue.",
                "\"Nous allons tout reconstruire\", a-t-il assuré."));
    }

    @Test
    void nearestOfANamedAndAnUnnamedSpeakerWins() {
        String[] text = {
                "Le ministre de l'Intérieur Gérald Darmanin a affirmé samedi que les violences étaient inacceptables.",
                "Sur place, un commerçant a expliqué que sa vitrine avait été brisée pour la troisième fois.",
                "\"Je ne sais pas si je vais rouvrir\", a-t-il confié."};
        assertEquals("un commerçant", speakerOf("Je ne sais", text));
        assertEquals("Gérald Darmanin", speakerOf("les violences", text));
    }

    @Test
    void definiteDescriptionOfSomeoneElseTakesThePronoun() {
        // « il » cannot be the mayor named before, a woman: « le conducteur » is someone else, and nearer
        assertEquals("Le conducteur", speakerOf("Je n'ai rien",
                "La maire Anne Leroy a affirmé que le carrefour était dangereux depuis des années.",
                "Le conducteur, âgé de 45 ans, a expliqué qu'il avait été ébloui par le soleil.",
                "\"Je n'ai rien pu faire\", a-t-il ajouté."));
    }

    @Test
    void definiteDescriptionThatMayBeTheNamedPersonKeepsTheName() {
        // « l'élue » is most likely the woman just named: the pronoun keeps her name
        assertEquals("Christelle Morançais", speakerOf("Ce n'est plus",
                "Christelle Morançais a dénoncé jeudi la fermeture des commerces.",
                "\"Il faut pouvoir circuler\", s'est indignée Christelle Morançais.",
                "L'élue a affirmé que les commerçants devaient pouvoir vivre dignement.",
                "\"Ce n'est plus possible de bloquer un pays comme cela\", a-t-elle ajouté."));
    }

    @Test
    void definiteRoleAfterANamedPersonOfTheSameGenderKeepsTheName() {
        // « le ministre » describes the man just named, even though the text gave him another title
        assertEquals("Jean-Yves Le Drian", speakerOf("Nous avons déjà",
                "Le chef de la diplomatie Jean-Yves Le Drian a affirmé lundi que la France restait mobilisée.",
                "Interrogé sur les enfants, le ministre a expliqué que c'était très difficile.",
                "\"Nous avons déjà commencé à en rapatrier quelques-uns\", a-t-il poursuivi."));
    }

    @Test
    void definiteDescriptionAfterAMediaTakesThePronoun() {
        // « il » is not the newspaper that reported the case: « le motard » spoke after it
        assertEquals("le motard", speakerOf("On cherche",
                "Le tribunal a examiné l'affaire vendredi, rapporte le quotidien La Voix du Nord.",
                "Face aux juges, le motard a affirmé qu'il n'était pas la personne flashée par le radar.",
                "\"On cherche un coupable\", a-t-il lancé."));
    }

    @Test
    void theOneWhoAnswersIsNotTheOneWhoAsked() {
        // « sa fille lui demande… », « répond-elle »: the mother answers her daughter's question
        assertEquals("Marlène Schiappa", speakerOf("Oui, mes mamies",
                "Dans une vidéo, Marlène Schiappa a expliqué à sa fille que les grévistes voulaient être entendus.",
                "Sa fille lui demande si les retraités sont comparables aux mamies.",
                "\"Oui, mes mamies sont à la retraite\", répond-elle."));
    }

    @Test
    void anIndefiniteDescriptionOfAMoodIsTheManAlreadyThere() {
        // « un chef de l'Etat très offensif » describes how Emmanuel Macron spoke, it brings in no one
        assertEquals("Emmanuel Macron", speakerOf("Embaucher",
                "Emmanuel Macron a affirmé vendredi à Amiens qu'il ne renoncerait pas à la réforme.",
                "\"Je porte un projet d'ambition pour notre pays\", a déclaré un chef de l'Etat très offensif.",
                "\"Embaucher de nouveaux jeunes dans le système historique, ça n'a plus aucun sens\", a-t-il insisté."));
    }

    @Test
    void aOneWordNameTheTextCallsAPersonKeepsThePronoun() {
        // « le chanteur Slimane »: a one-word name, but a person, whom « le contrôleur » may not displace
        String[] text = {
                "Dans une vidéo, le chanteur Slimane affirme avoir été victime d'un contrôle au faciès dans le Thalys.",
                "Le contrôleur a répondu qu'il ne faisait que son travail.",
                "\"Je ne pointe pas du doigt la police\", assure-t-il."};
        assertEquals("Slimane", speakerOf("Je ne pointe", text));
        // without the noun that says he is a person, the one-word name may be a group: « le contrôleur » is nearer
        text[0] = "Dans une vidéo, Slimane affirme avoir été victime d'un contrôle au faciès dans le Thalys.";
        assertEquals("Le contrôleur", speakerOf("Je ne pointe", text));
    }

    @Test
    void aDescriptionFollowedByANameIsNotUnnamed() {
        // « son avocat, Maître Frédéric Berna »: the lawyer has a name, the pronoun does not stop at « son avocat »
        String answer = speakerOf("Jacqueline Jacob a un alibi",
                "\"Elle confirme son alibi\", a expliqué à BFMTV son avocat, Maître Frédéric Berna.",
                "\"Jacqueline Jacob a un alibi inattaquable\", a-t-il martelé à la sortie de l'audition.");
        assertNotEquals("son avocat", answer);
    }

    @Test
    void pluralPronounIsNotASingularUnnamedSpeaker() {
        String answer = speakerOf("ils ne signeront",
                "Les syndicats ont dénoncé un projet injuste.",
                "Un salarié a affirmé que l'ambiance était devenue irrespirable.",
                "Ils ont ensuite affirmé qu'ils ne signeront pas l'accord.");
        assertNotEquals("Un salarié", answer);
        assertEquals("Les syndicats", answer);
    }

    @Test
    void anInstitutionIsNoUnnamedPerson() {
        // « la préfecture » is no « elle » of a quote: the named woman who spoke before keeps it
        assertEquals("Anne Leroy", speakerOf("Nous resterons",
                "La maire Anne Leroy a demandé la fermeture du camp.",
                "La préfecture a indiqué que l'évacuation aurait lieu mardi.",
                "\"Nous resterons vigilants\", a-t-elle ajouté."));
    }
}
