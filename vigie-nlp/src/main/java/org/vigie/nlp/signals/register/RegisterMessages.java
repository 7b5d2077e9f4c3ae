package org.vigie.nlp.signals.register;

import java.util.HashMap;
import java.util.Map;
import org.vigie.nlp.signals.Messages;
import org.vigie.nlp.signals.Resources;

/**
 * Explanations of the register features: {@code register/register-explanations.txt} for the
 * features it holds, the shared {@code explanations.txt} (through {@link Messages}) otherwise.
 */
final class RegisterMessages {

    private static final Map<String, String> OWN = load();

    private RegisterMessages() {
    }

    static String format(String key, String lang, Object... args) {
        String t = OWN.get(key + "." + lang);
        if (t == null) t = OWN.get(key + ".fr");
        if (t == null) return Messages.format(key, lang, args);
        for (int i = 0; i + 1 < args.length; i += 2) t = t.replace("{" + args[i] + "}", String.valueOf(args[i + 1]));
        return t;
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        for (Resources.Line line : Resources.lines("register/register-explanations.txt")) {
            int eq = line.text().indexOf('=');
            if (eq < 0) throw line.error("expected key.lang = template");
            m.put(line.text().substring(0, eq).strip(), line.text().substring(eq + 1).strip());
        }
        return m;
    }
}
