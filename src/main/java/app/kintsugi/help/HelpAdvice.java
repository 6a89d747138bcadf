package app.kintsugi.help;

import java.util.ArrayList;
import java.util.List;

import app.kintsugi.checkin.Signal;

/**
 * What a person's own check-in signals suggest, each with one concrete next step, for that person
 * only. The rule, in plain words:
 *
 * <ol>
 * <li>A concerning safety check comes first and points to the safety resources; while it stands,
 * nothing suggests work together: trust that is lower than at the start points to help just for
 * the person, not to inviting a counselor for both.</li>
 * <li>Feeling overwhelmed points to the few quiet steps for when it is too much.</li>
 * <li>Distress that stays high points to someone to talk to, just for them.</li>
 * <li>Trust lower than at the start points to inviting a counselor, with the partner's consent.</li>
 * </ol>
 *
 * @param signals     one piece of advice per signal, in the order above
 * @param safetyFirst whether the safety check asks for help alone before any work together
 */
public record HelpAdvice(List<Item> signals, boolean safetyFirst) {

    /** Where each step leads. */
    static final String SAFETY_RESOURCES = "/safety/resources";
    static final String OVERWHELMED = "/help/overwhelmed";
    static final String RESOURCES = "/help#resources";
    static final String INVITE = "/help/counselor";

    private static final List<Signal> ORDER = List.of(Signal.SAFETY, Signal.OVERWHELMED, Signal.DISTRESS, Signal.TRUST_WORSE);

    public HelpAdvice {
        signals = List.copyOf(signals);
    }

    /**
     * One signal explained and its next step. {@code key} is the start of its messages:
     * {@code <key>.what} says what was noticed, {@code <key>.next} what might help and
     * {@code <key>.link} names the link to {@code path}.
     */
    public record Item(Signal signal, String key, String path) {
    }

    public boolean isEmpty() {
        return signals.isEmpty();
    }

    static HelpAdvice of(List<Signal> signals) {
        boolean safety = signals.contains(Signal.SAFETY);
        List<Item> items = new ArrayList<>();
        for (Signal signal : ORDER) {
            if (!signals.contains(signal)) {
                continue;
            }
            String key = "help.signal." + signal.name();
            items.add(switch (signal) {
                case SAFETY -> new Item(signal, key, SAFETY_RESOURCES);
                case OVERWHELMED -> new Item(signal, key, OVERWHELMED);
                case DISTRESS -> new Item(signal, key, RESOURCES);
                case TRUST_WORSE -> safety ? new Item(signal, key + ".safetyFirst", RESOURCES) : new Item(signal, key, INVITE);
            });
        }
        return new HelpAdvice(items, safety);
    }
}
