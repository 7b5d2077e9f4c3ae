package org.vigie.nlp.signals.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigie.nlp.signals.StageTestSupport.article;
import static org.vigie.nlp.signals.StageTestSupport.evidence;
import static org.vigie.nlp.signals.StageTestSupport.signals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Quote;
import org.vigie.core.model.TimeExpression;
import org.vigie.nlp.signals.Samples;

/**
 * The rules that keep {@link HeadlineSupportStage} quiet on wire copy whose headline the body
 * does support under another form; each with a control the stage must still flag.
 */
class HeadlineSupportRulesTest {

    private final HeadlineSupportStage stage = new HeadlineSupportStage();

    private List<String> headline(Article a) {
        List<org.vigie.core.model.Signal> s = signals(stage, a, HeadlineSupportStage.HEADLINE);
        return s.isEmpty() ? List.of() : evidence(s.get(0));
    }

    @Test
    void anAcronymMayTakeTheLettersOfSmallWords() {
        String body = "Y aurait-il de l'amour dans l'air sur le parquet de Danse avec les stars ? Deux candidats se sont rapprochés.";
        assertEquals(List.of(), headline(article("DALS : coup de foudre sur le parquet", null, body)));
        assertEquals(List.of(), headline(article("Darmanin autorisé à cumuler (JDD)", null,
                "Le ministre assure avoir été autorisé à cumuler, dans un entretien au Journal du Dimanche.")));
        // a short word, such as a title's verb, may give no letter: "ONPC" is "On n'est pas couché"
        assertEquals(List.of(), headline(article("Le régulateur saisi après des propos tenus dans ONPC", null,
                "Une séquence diffusée hier soir dans \"On n'est pas couché\" a été signalée au régulateur.")));
        assertEquals(List.of("ONPC"), headline(article("Le régulateur saisi après des propos tenus dans ONPC", null,
                "Une séquence diffusée hier soir dans \"On a tout essayé\" a été signalée au régulateur.")));
        // letters the body's words do not give stay unsupported
        assertEquals(List.of("DALS"), headline(article("DALS : coup de foudre sur le parquet", null,
                "Y aurait-il de l'amour dans l'air sur le parquet de Danse avec des artistes ? Deux candidats se sont rapprochés.")));
    }

    @Test
    void aHeadlineYearIsSupportedByTheArticlesDateOrABodyTimeResolvedInIt() {
        String body = "Une cinquantaine de députés sont têtes de liste aux municipales de mars prochain.";
        Article dated = article("Députés, ils rêvent d'un mandat local aux municipales de 2020", null, body)
                .withMetadata(new Metadata(null, null, null, List.of(), "2020-01-25", "record", null, null));
        assertEquals(List.of(), headline(dated));
        // a body time expression resolved against the date ("mars prochain" -> 2020-03) supports its year too
        Article undated = article("Députés, ils rêvent d'un mandat local aux municipales de 2020", null, body);
        int at = body.indexOf("mars prochain");
        Article resolved = undated.withTimes(List.of(new TimeExpression(
                undated.span(undated.bodyStart() + at, undated.bodyStart() + at + "mars prochain".length()), "2020-03", "DATE", "dct")));
        assertEquals(List.of(), headline(resolved));
        // from October on, the coming year is the story's too: "Municipales 2020" in December 2019
        Article december = article("Municipales 2020 : à Lyon, Gérard Collomb choisit Yann Cucherat", null,
                "Gérard Collomb a annoncé samedi qu'il avait jeté son dévolu sur Yann Cucherat pour lui succéder à la mairie de Lyon.");
        assertEquals(List.of(), headline(december.withMetadata(new Metadata(null, null, null, List.of(), "2019-12-21", "record", null, null))));
        assertEquals(List.of("2020"), headline(december.withMetadata(new Metadata(null, null, null, List.of(), "2019-06-21", "record", null, null))));
        // another year than the story's is a claim the body must carry
        assertEquals(List.of("2022"), headline(article("Députés, ils rêvent d'un mandat local aux municipales de 2022", null, body)
                .withMetadata(new Metadata(null, null, null, List.of(), "2020-01-25", "record", null, null))));
    }

    @Test
    void aRankInDigitsIsSupportedByTheOrdinalWord() {
        String body = "Avec ce neuvième groupe à l'Assemblée, la majorité perd sept de ses membres. Le second tour aura lieu le 28 juin.";
        assertEquals(List.of(), headline(article("Création d'un 9e groupe à l'Assemblée avant le 2e tour", null, body)));
        assertEquals(List.of(), headline(article("Création d'un 9ème groupe à l'Assemblée", null, body)));
        // another rank is a claim the body does not carry
        assertEquals(List.of("10e"), headline(article("Création d'un 10e groupe à l'Assemblée", null, body)));
    }

    @Test
    void aLongNameSpeltOneLetterApartIsTheBodysName() {
        String body = "La secrétaire d'État à l'Économie, Mme Pannier-Runacher, a estimé jeudi que cette situation serait inacceptable.";
        assertEquals(List.of(), headline(article("Vaccin : \"Inacceptable\", selon Agnès Pannuier-Runacher", null, body)));
        assertEquals(List.of(), headline(article("Valérie Trieweiler dément", null, "L'ex-compagne de François Hollande, Mme Trierweiler, dément la rumeur.")));
        // another name, or a short one a letter apart, is not the body's
        assertEquals(List.of("Agnès Buzyn"), headline(article("Vaccin : \"Inacceptable\", selon Agnès Buzyn", null,
                "La secrétaire d'État à l'Économie a estimé jeudi que cette situation serait inacceptable.")));
        assertEquals(List.of("Marin"), headline(article("Vaccin : la colère de Marin", null, "Pierre Martin a estimé que c'était inacceptable.")));
    }

    @Test
    void aPlaceIsSupportedByItsDemonym() {
        assertEquals(List.of(), headline(article("Le major qui primait les exécutions en Colombie", null,
                "En prenant le commandement d'une force d'élite de l'armée colombienne, le major a appliqué cette directive.")));
        Article honey = article("Un homme ramène du miel de Jamaïque", null,
                "Il est allé rendre visite l'hiver dernier à sa famille jamaïcaine, rapporte le Washington Post.");
        assertEquals(List.of(), headline(honey));
        Article asia = article("Coronavirus", "La pandémie partie d'Asie l'a rattrapé en Guinée.",
                "Lui l'Asiatique abusivement assimilé à la provenance du virus a connu la xénophobie en Guinée.");
        assertEquals(List.of(), signals(stage, asia, HeadlineSupportStage.STANDFIRST));
        // another country's demonym, or a word that merely starts like the name, supports nothing
        assertEquals(List.of("Colombie"), headline(article("Le major qui primait les exécutions en Colombie", null,
                "En prenant le commandement d'une force d'élite de l'armée vénézuélienne, le major a appliqué cette directive.")));
        assertEquals(List.of("Colombie"), headline(article("Le major qui primait les exécutions en Colombie", null,
                "Le major, un colombophile, a appliqué cette directive.")));
    }

    @Test
    void aSingleLetterIsNoName() {
        String body = "La ville de Guadalajara, au Mexique, a été frappée par un violent orage de grêle dimanche.";
        Article heat = article("Mexique : de la grêle à Guadalajara",
                "Alors que les températures dépassaient les 31°C ces derniers jours, un orage de grêle a enseveli Guadalajara.", body);
        assertEquals(List.of(), signals(stage, heat, HeadlineSupportStage.STANDFIRST));
        Article elided = article("Mexique : de la grêle à Guadalajara", "Un orage de grêle a enseveli Guadalajara. \"C'est incroyable\"", body);
        assertEquals(List.of(), signals(stage, elided, HeadlineSupportStage.STANDFIRST));
        // a name next to it is still checked
        Article named = article("Mexique : de la grêle à Guadalajara",
                "Alors que les températures dépassaient les 31°C à Monterrey, un orage de grêle a enseveli Guadalajara.", body);
        assertEquals(List.of("31", "Monterrey"), evidence(signals(stage, named, HeadlineSupportStage.STANDFIRST).get(0)));
        Article channel = article("Mexique : de la grêle à Guadalajara", "Les images de l'orage de grêle diffusées par M6.", body);
        assertEquals(List.of("M6"), evidence(signals(stage, channel, HeadlineSupportStage.STANDFIRST).get(0)));
    }

    @Test
    void aLongChapoThatSummarisesTheBodyIsTheNewsroomsLead() {
        String body = "Les autorités ont commencé à utiliser une technologie d'ensemencement des nuages pour provoquer des pluies "
                + "dans la province de Riau. Les feux de forêt de l'an dernier ont été les pires depuis des années, à cause de la "
                + "sécheresse, et leurs nuages de fumée toxique ont gagné les pays voisins.";
        // the chapô names the country the body never repeats, but it restates the body's own story
        Article lead = article("Des pluies artificielles contre les feux",
                "L'Indonésie a commencé à provoquer des pluies artificielles afin de prévenir le déclenchement des vastes feux "
                + "de forêt qui dégagent à la saison sèche des nuages de fumée toxique.", body);
        assertEquals(List.of(), signals(stage, lead, HeadlineSupportStage.STANDFIRST));
        // as long, but another story: its names are claims the body does not carry
        Article other = article("Des pluies artificielles contre les feux",
                "L'Indonésie a gelé ses échanges avec son voisin après un différend diplomatique sur la pêche illégale de thon, "
                + "une querelle ancienne que les ministres espéraient apaiser lors du sommet régional.", body);
        assertEquals(List.of("Indonésie"), evidence(signals(stage, other, HeadlineSupportStage.STANDFIRST).get(0)));
        // a short framing is always checked
        Article framing = article("Des pluies artificielles contre les feux", "L'Indonésie provoque des pluies contre les feux", body);
        assertEquals(List.of("Indonésie"), evidence(signals(stage, framing, HeadlineSupportStage.STANDFIRST).get(0)));
    }

    @Test
    void aCompoundIsSupportedByItsParts() {
        String body = "Anne Hidalgo fait la course en tête, talonnée par Rachida Dati, selon un sondage publié mardi.";
        assertEquals(List.of(), headline(article("Municipales à Paris : un duel Hidalgo-Dati se profile", null, body + " A Paris, LREM peine.")));
        assertEquals(List.of(), headline(article("Des automobilistes coincés au péage dans la Drôme", null,
                "Des automobilistes sont restés coincés au péage de Valence-Nord, rapporte France Bleu Drôme-Ardèche.")));
        // a compound one of whose parts the body lacks is still a claim
        assertEquals(List.of("Hidalgo-Belliard"), headline(article("Municipales à Paris : un duel Hidalgo-Belliard se profile", null,
                body + " A Paris, LREM peine.")));
    }

    @Test
    void aUnitGluedToAFigureIsTheBodysFigureAndUnit() {
        String body = "Le pilote a été contrôlé avec 1,5 g d'alcool par litre de sang ; son bagage pesait 30 kg.";
        assertEquals(List.of(), headline(article("Un pilote contrôlé avec 1,5g d'alcool et un bagage de 30kg", null, body)));
        // another figure is still a claim
        assertEquals(List.of("2,5g"), headline(article("Un pilote contrôlé avec 2,5g d'alcool", null, body)));
    }

    @Test
    void aPartyOrACommonNounWrittenAsAnAcronymIsSupportedByItsFullForm() {
        assertEquals(List.of(), headline(article("Un député LR veut protéger les bruits de la campagne", null,
                "Le député Les Républicains de Lozère a déposé une proposition de loi sur le patrimoine sensoriel des campagnes.")));
        assertEquals(List.of(), headline(article("Deux adolescents se battent au couteau pour le programme TV", null,
                "L'objet de l'altercation ? Le programme télé ! L'un voulait regarder Arte, l'autre une autre chaîne.")));
        assertEquals(List.of(), headline(article("Un ancien candidat de télé-réalité devenu SDF", null,
                "Séparé de sa compagne, il est désormais sans domicile fixe à Bergerac.")));
        // another party is a claim the body does not carry
        assertEquals(List.of("LFI"), headline(article("Un député LFI veut protéger les bruits de la campagne", null,
                "Le député Les Républicains de Lozère a déposé une proposition de loi sur le patrimoine sensoriel des campagnes.")));
    }

    @Test
    void anAgeOrAnAnniversaryIsReckonedFromTheArticlesDate() {
        Metadata dated = new Metadata(null, null, null, List.of(), "2020-05-10", "record", null, null);
        String body = "Née le 1er mai 1917, elle avait commencé par chanter le répertoire populaire de son enfance.";
        assertEquals(List.of(), headline(article("Mort à 103 ans de Lily Lian, chanteuse de rue", null, body + " Lily Lian est morte.")
                .withMetadata(dated)));
        assertEquals(List.of(), headline(article("Poutine célèbre la victoire de 1945", null,
                "Vladimir Poutine a marqué les 75 ans de la fin de la Seconde Guerre mondiale par un bref discours.").withMetadata(dated)));
        // another age, or a year the body's spans do not reach, is a claim
        assertEquals(List.of("90"), headline(article("Mort à 90 ans de Lily Lian, chanteuse de rue", null, body + " Lily Lian est morte.")
                .withMetadata(dated)));
        assertEquals(List.of("1918"), headline(article("Poutine célèbre la victoire de 1918", null,
                "Vladimir Poutine a marqué les 75 ans de la fin de la Seconde Guerre mondiale par un bref discours.").withMetadata(dated)));
    }

    @Test
    void aShareIsSupportedByThePercentageOrTheFraction() {
        String body = "Selon un sondage Ifop, 25% des utilisateurs français de Facebook envisagent de supprimer leur compte.";
        assertEquals(List.of(), headline(article("Facebook : un Français sur 4 envisage de supprimer son compte", null, body)));
        assertEquals(List.of(), headline(article("Facebook : 50 % des utilisateurs envisagent de partir", null,
                "Selon un sondage Ifop, la moitié des utilisateurs français de Facebook envisagent de supprimer leur compte.")));
        // another share is a claim
        assertEquals(List.of("3"), headline(article("Facebook : un Français sur 3 envisage de supprimer son compte", null, body)));
    }

    @Test
    void aPlaceRubricLocatesTheStoryUnlessTheBodyPlacesItElsewhere() {
        String body = "L'otarie mâle Watson, qui avait \"prédit\" plusieurs victoires de l'équipe de France, est morte vendredi "
                + "au zoo d'Amnéville à l'âge de 19 ans, a-t-on appris samedi auprès de l'établissement.";
        // the département, region or country the desk files the story under, over a body naming the commune
        assertEquals(List.of(), headline(article("Moselle : Watson, l'otarie qui prédisait les victoires des footballeurs, est morte", null, body)));
        assertEquals(List.of(), headline(article("VIDÉO. Grand Est - l'otarie Watson est morte", null, body)));
        assertEquals(List.of(), headline(article("États-Unis : il réapparaît à un barbecue alors que sa famille le croyait mort", null,
                "Les médecins du Mercy Hospital à Chicago étaient catégoriques. Alors, ses sœurs ont accepté l'arrêt des soins.")));
        // a rubric the body contradicts by naming another département, or another country, is a claim
        assertEquals(List.of("Gironde"), headline(article("Gironde : Watson, l'otarie qui prédisait les victoires des footballeurs, est morte",
                null, body + " Le zoo d'Amnéville (Moselle) était sa maison depuis 2001.")));
        assertEquals(List.of("Italie"), headline(article("Italie : il réapparaît à un barbecue alors que sa famille le croyait mort", null,
                "Les médecins du Mercy Hospital à Chicago, aux États-Unis, étaient catégoriques.")));
        // a rubric that is no place (a name, a speaker) is checked as before
        assertEquals(List.of("Benjamin Castaldi"), headline(article("Benjamin Castaldi : l'otarie Watson est morte", null, body)));
    }

    @Test
    void aMetonymIsSupportedByWhatItStandsFor() {
        String body = "Au lendemain de la démission de Jean-Paul Delevoye, l'entourage du Premier ministre a assuré mardi "
                + "qu'il n'y a eu aucun manquement de la part des services du gouvernement.";
        assertEquals(List.of(), headline(article("Delevoye : Matignon rejette toute responsabilité après les révélations", null, body)));
        assertEquals(List.of(), headline(article("Watson, l'otarie qui prédisait les victoires des Bleus, est morte", null,
                "L'otarie, qui avait \"prédit\" plusieurs victoires de l'équipe de France de football, est morte vendredi.")));
        assertEquals(List.of(), headline(article("Une grenade de la Grande Guerre retrouvée dans des pommes de terre", null,
                "Une grenade à main allemande qui daterait de la Première Guerre mondiale a été découverte samedi.")));
        assertEquals(List.of(), headline(article("Le \"cheese challenge\", le nouveau défi sur Internet qui fait réagir", null,
                "Amusant ou méchant, idiot ou irresponsable, le \"cheese challenge\" fait réagir la Toile.")));
        // a referent shared by two metonyms ("confinement" for "Coronavirus" and "Déconfinement") serves both
        assertEquals(List.of(), headline(article("Déconfinement : vers une réouverture des restaurants le 2 juin ?", null,
                "Forcés de rester fermés durant ces semaines de confinement, les restaurateurs pourraient rouvrir le 2 juin.")));
        assertEquals(List.of(), headline(article("Retraites : ancien directeur RH d'Auchan, il a laissé de mauvais souvenirs", null,
                "Ancien directeur des ressources humaines de magasins du groupe Auchan, il a laissé un mauvais souvenir.")));
        // another seat of power, or a metonym whose referent the body lacks, is a claim
        assertEquals(List.of("Bercy"), headline(article("Delevoye : selon Bercy, aucune responsabilité après les révélations", null, body)));
        assertEquals(List.of("Matignon"), headline(article("Delevoye : selon Matignon, aucune responsabilité", null,
                "Au lendemain de la démission de Jean-Paul Delevoye, l'entourage du président a assuré mardi qu'il n'y a eu aucun manquement.")));
    }

    /**
     * The article with a direct quote on {@code quoted} (at its first occurrence in the body) said
     * by {@code speaker}, a later body phrase, and the person the entity layer would find in the chapô.
     */
    private static Article quoting(Article a, String quoted, String speaker) {
        int q = a.text().indexOf(quoted, a.bodyStart());
        int s = a.text().indexOf(speaker, q + quoted.length());
        int p = a.text().indexOf("Anny Duperey", a.title().length());
        List<Entity> people = p < 0 || p > a.bodyStart() ? List.of()
                : List.of(new Entity("Anny Duperey", EntityType.PER, null, List.of(a.span(p, p + "Anny Duperey".length()))));
        return a.withQuotes(List.of(new Quote(Quote.Kind.DIRECT, a.span(q, q + quoted.length()), null,
                a.span(s, s + speaker.length()), null))).withEntities(people);
    }

    @Test
    void aChapoIntroducingTheSpeakerOfTheBodysOpeningQuoteIsTheStorysLead() {
        String chapo = "Anny Duperey, Brigitte Macron même combat. Comme la première dame, l'actrice de 70 ans a longtemps "
                + "fréquenté un homme beaucoup plus jeune qu'elle, le comédien Cris Campion.";
        String quote = "Ce n'est pas ce qui nous a séparés. Il y a eu entre nous quelque chose de rare";
        String body = "\"" + quote + "\", raconte-t-elle dans un entretien. Leur histoire a duré plusieurs années.";
        // the body goes on from the chapô: its quote's speaker is "elle", whom the chapô names
        Article a = quoting(article("Anny Duperey : son point commun avec la première dame", chapo, body), quote, "elle");
        assertEquals(List.of(), signals(stage, a, HeadlineSupportStage.STANDFIRST));
        // a body naming its own speaker does not lean on the chapô, whose names are checked as before
        String named = "\"" + quote + "\", raconte Sophie Marceau dans un entretien. Leur histoire a duré plusieurs années.";
        Article b = quoting(article("Anny Duperey : son point commun avec la première dame", chapo, named), quote, "Sophie Marceau");
        assertEquals(List.of("Anny Duperey", "Brigitte Macron", "70", "Cris Campion"),
                evidence(signals(stage, b, HeadlineSupportStage.STANDFIRST).get(0)));
        // a chapô naming no person introduces no speaker: a place's story over such a body is checked
        String place = "Le maire de La Turballe souhaite qu'un manteau blanc recouvre la commune pour le lancement des illuminations.";
        Article d = quoting(article("Anny Duperey : son point commun avec la première dame", place, body), quote, "elle");
        assertEquals(List.of("Turballe"), evidence(signals(stage, d, HeadlineSupportStage.STANDFIRST).get(0)));
        // and a short framing over such a body is still checked
        Article c = quoting(article("Anny Duperey : son point commun avec la première dame", "Brigitte Macron, même combat.", body),
                quote, "elle");
        assertEquals(List.of("Brigitte Macron"), evidence(signals(stage, c, HeadlineSupportStage.STANDFIRST).get(0)));
    }

    @Test
    void aFigureIsSupportedByACompoundNumberWordARoundCountOrAnAmountsWholePart() {
        assertEquals(List.of(), headline(article("Le hacker vivait reclus depuis 17 ans", null,
                "\"Dix-sept ans qu'il n'avait pas mis les pieds dehors\", raconte son père.")));
        assertEquals(List.of(), headline(article("Il trouve 40 kg de cannabis avec son détecteur de métaux", null,
                "Dans un sous-bois, un homme a mis au jour une quarantaine de kilos de résine de cannabis.")));
        assertEquals(List.of(), headline(article("Elle reçoit une facture d'eau de 10.530 euros", null,
                "10.530,89 euros. C'est le montant de la facture d'eau reçue samedi par une habitante.")));
        assertEquals(List.of(), headline(article("Un rugbyman sauvé par un défibrillateur livré 30 minutes plus tôt", null,
                "Le joueur a été sauvé grâce à un défibrillateur livré à peine une demi-heure plus tôt par une association.")));
        // another figure, a plural round count ("des dizaines" is no 40), or an amount's decimals are claims
        assertEquals(List.of("18"), headline(article("Le hacker vivait reclus depuis 18 ans", null,
                "\"Dix-sept ans qu'il n'avait pas mis les pieds dehors\", raconte son père.")));
        assertEquals(List.of("40"), headline(article("Il trouve 40 kg de cannabis avec son détecteur de métaux", null,
                "Dans un sous-bois, un homme a mis au jour des quarantaines de sachets de résine de cannabis.")));
        assertEquals(List.of("89"), headline(article("Elle reçoit une facture d'eau de 89 euros", null,
                "10.530,89 euros. C'est le montant de la facture d'eau reçue samedi par une habitante.")));
    }

    /** The article with an entity of {@code type} on the first occurrence of {@code mention} in the title. */
    private static Article naming(Article a, String mention, EntityType type) {
        int m = a.text().indexOf(mention);
        return a.withEntities(List.of(new Entity(mention, type, null, List.of(a.span(m, m + mention.length())))));
    }

    @Test
    void aNameMayBeClippedOrStretchedOverLowerCaseWordsOrOpenedByAffaire() {
        String car = "L'équipe de Garage Italia a diffusé les premières images d'une Alfa Romeo Spider électrique.";
        // the entity layer's mention runs over the headline's "chez": the body has the capitalised names
        assertEquals(List.of(), headline(naming(article("Bientôt une Alfa Romeo Spider électrique chez Garage Italia ?", null, car),
                "Alfa Romeo Spider électrique chez Garage Italia", EntityType.MISC)));
        // a one-word name with a lower-case word it needs is checked whole
        assertEquals(List.of("Parti communiste"), headline(naming(article("Le Parti communiste soutient la grève", null,
                "Le Parti socialiste a appelé à rejoindre les cortèges jeudi."), "Parti communiste", EntityType.ORG)));
        // the entity layer may cut a word: its "TF" of "TF1" is the body's "TF1"
        assertEquals(List.of(), headline(naming(article("Castaldi sur TF1 : 80.000 euros par jour de tournage !", null,
                "Benjamin Castaldi a révélé son salaire de 80.000 euros par jour de tournage sur TF1."), "TF", EntityType.ORG)));
        assertEquals(List.of("TF"), headline(naming(article("Castaldi sur TF1 : 80.000 euros par jour de tournage !", null,
                "Benjamin Castaldi a révélé son salaire de 80.000 euros par jour de tournage sur M6."), "TF", EntityType.ORG)));
        // a clipped name: "l'Huma", "Saint-Barth"
        assertEquals(List.of(), headline(article("Le trésorier de la Fête de l'Huma roué de coups", null,
                "Un militant qui tenait la caisse à la Fête de l'Humanité a été agressé.")));
        assertEquals(List.of(), headline(article("Johnny Hallyday sera inhumé à Saint-Barth", null,
                "C'est à Saint-Barthélemy que Johnny Hallyday doit reposer, selon RTL.")));
        // three letters at least must be clipped: "Martin" is not "Martinez"
        assertEquals(List.of("Pierre Martin"), headline(article("La colère de Pierre Martin", null, "Sophie Martinez a dénoncé une décision injuste.")));
        // "Affaire Troadec" is the Troadec case: the name is the claim
        assertEquals(List.of(), headline(naming(article("Affaire Troadec : les aveux d'Hubert Caouissin", null,
                "Les enquêteurs ont interpellé Hubert Caouissin et Lydie Troadec le 4 mars."), "Affaire Troadec", EntityType.MISC)));
        assertEquals(List.of("Affaire Grégory"), headline(naming(article("Affaire Grégory : les aveux d'Hubert Caouissin", null,
                "Les enquêteurs ont interpellé Hubert Caouissin et Lydie Troadec le 4 mars."), "Affaire Grégory", EntityType.MISC)));
    }

    @Test
    void anInhabitantIsSupportedByHisListedCountryAndAChaposAgeDatesTheHeadline() {
        String body = "C'est le défunt lui-même qui a pris la parole à ses propres funérailles, à Kilmanagh en Irlande.";
        assertEquals(List.of(), headline(article("La blague hilarante d'un Irlandais à son propre enterrement", null, body)));
        // another nation's inhabitant, or a first name shaped like a demonym, is checked
        assertEquals(List.of("Islandais"), headline(article("La blague hilarante d'un Islandais à son propre enterrement", null, body)));
        assertEquals(List.of("Julien"), headline(article("La blague hilarante de Julien à son propre enterrement", null,
                "C'est le défunt lui-même, Jules, qui a pris la parole à ses propres funérailles.")));
        // the chapô's "75 ans" after the article's year dates the headline's 1945
        Metadata dated = new Metadata(null, null, null, List.of(), "2020-05-09", "record", null, null);
        String body2 = "Le président russe a prononcé un bref discours devant la flamme du soldat inconnu.";
        assertEquals(List.of(), headline(article("Commémorations de 1945 : Poutine célèbre une Russie unie",
                "Vladimir Poutine a célébré samedi les 75 ans de la fin de la Seconde Guerre mondiale.", body2).withMetadata(dated)));
        assertEquals(List.of("1918"), headline(article("Commémorations de 1918 : Poutine célèbre une Russie unie",
                "Vladimir Poutine a célébré samedi les 75 ans de la fin de la Seconde Guerre mondiale.", body2).withMetadata(dated)));
    }

    @Test
    void theAleppoFramingStillFiresWithTheseRules() {
        // the acceptance case: the re-publisher's chapô names NATO, which the reprint never does
        for (Article a : List.of(Samples.aleppo(), Samples.aleppoBare())) {
            List<org.vigie.core.model.Signal> s = signals(stage, a, HeadlineSupportStage.STANDFIRST);
            assertEquals(1, s.size());
            assertEquals(true, evidence(s.get(0)).contains("OTAN"), evidence(s.get(0)).toString());
        }
    }

    @Test
    void anOverLongMentionIsJudgedNameByName() {
        // the tagger ran a clause's capitalised opening word into the name the body gives
        Article supra = article("Cing générations de Supra réunies", null,
                "Toyota a réuni dans le Sussex les quatre premières générations de son modèle Supra.");
        assertEquals(List.of(), headline(naming(supra, "Cing générations de Supra", EntityType.MISC)));
        // two names in one mention: the one the body lacks is the evidence
        Article hulot = article("Nicolas Hulot règle ses comptes dans Capital sur M6", null,
                "Dans l'émission Capital, diffusée dimanche, Nicolas Hulot a eu des mots durs envers ses ex-collègues.");
        assertEquals(List.of("M6"), headline(naming(hulot, "Capital sur M6", EntityType.MISC)));
        // a lone capitalised word opening a clause, over common nouns, names nothing
        Article cocaine = article("C'est une pêche miraculeuse... Version trafic international de drogue", null,
                "La police belge a repêché dimanche en mer 1,25 tonne de cocaïne.");
        assertEquals(List.of(), headline(naming(cocaine, "Version trafic international de drogue", EntityType.MISC)));
        // a one-name mention the body lacks is still flagged whole
        Article party = article("Le Parti communiste s'allie aux écologistes", null,
                "Le parti a signé mardi un accord avec les écologistes pour les municipales.");
        assertEquals(List.of("Parti communiste"), headline(naming(party, "Parti communiste", EntityType.ORG)));
    }

    @Test
    void aTwoDigitYearOfANameIsTheBodysYear() {
        Article mustang = article("Le mystère de la Mustang 66 à moteur central résolu", null,
                "Ford a identifié la mystérieuse Mustang à moteur central, photographiée le 2 mai 1966.");
        assertEquals(List.of(), headline(naming(mustang, "Mustang 66", EntityType.MISC)));
        assertEquals(List.of("Mustang 67"), headline(naming(article("Le mystère de la Mustang 67 à moteur central résolu", null,
                "Ford a identifié la mystérieuse Mustang à moteur central, photographiée le 2 mai 1966."), "Mustang 67", EntityType.MISC)));
    }
}
