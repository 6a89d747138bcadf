package app.kintsugi.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Drafts pieced together at random from words, punctuation, accents, emoji and other scripts, for
 * checking that the detectors find the same whether or not they try a pattern only where its match
 * can start. Seeded, so a failure is repeatable.
 */
public final class PiecedDrafts {

    private PiecedDrafts() {
    }

    /** {@code count} drafts of up to 30 pieces, each followed by a space two times in three. */
    public static List<String> of(String[] pieces, long seed, int count) {
        Random random = new Random(seed);
        List<String> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder draft = new StringBuilder();
            for (int w = random.nextInt(30); w >= 0; w--) {
                draft.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            drafts.add(draft.toString());
        }
        return drafts;
    }
}
