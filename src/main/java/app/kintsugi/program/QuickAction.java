package app.kintsugi.program;

import java.util.List;
import java.util.Map;

/**
 * A short answer that can be given right where a line of Today is shown, as a plain form: one button
 * per choice, posted to {@code formPath} with the hidden fields and {@code field=choice}. Works without
 * JavaScript; the feature's own page stays the place for anything longer.
 *
 * @param formPath where the form posts (the feature's own endpoint)
 * @param hidden   fields sent as they are (for example the day and the version)
 * @param field    the name of the field the chosen button sets
 * @param choices  the buttons, in order; the first is the main one
 */
public record QuickAction(String formPath, Map<String, String> hidden, String field, List<Choice> choices) {

    public QuickAction {
        hidden = Map.copyOf(hidden);
        choices = List.copyOf(choices);
    }

    /**
     * One button: the value it sends and its label's message key, or for a label a person wrote (an
     * answer the couple agreed in advance), that text as it is.
     */
    public record Choice(String value, String labelKey, String label) {

        public Choice(String value, String labelKey) {
            this(value, labelKey, null);
        }

        public static Choice written(String value, String label) {
            return new Choice(value, null, label);
        }
    }
}
