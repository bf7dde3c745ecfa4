package uk.send.platform.localoffer.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Splits text into the lower-case words the search index holds (and a query is matched against). */
final class Words {

    static final int MAX = 40;
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
            "in", "is", "it", "of", "on", "or", "our", "the", "to", "we", "with", "you", "your", "who", "can");

    private Words() {
    }

    /** How many words the text has, counting every word (for the "fewer than six words" check). */
    static int count(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String w : text.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() >= 2 && !STOP.contains(w)) {
                    words.add(w.length() > MAX ? w.substring(0, MAX) : w);
                }
            }
        }
        return words;
    }
}
