package app.kintsugi.responsibility;

/**
 * The six parts of an apology found by Lewicki, Polin and Lount (2016), in the order an apology
 * usually takes them. The weight says how much each part mattered in their study: acknowledging
 * responsibility and offering repair most, asking for forgiveness least.
 */
public enum ApologyPart {

    /** "It was my fault", "I lied to you": the person owns what they did. */
    ACKNOWLEDGE_RESPONSIBILITY(3),
    /** "I'm sorry", "I regret": remorse for what was done, not for how the other feels about it. */
    EXPRESS_REGRET(2),
    /** How and why it happened, from the writer's own side ("I was afraid", "I told myself"). */
    EXPLAIN(2),
    /** What will change: "it won't happen again", "from now on", steps already taken. */
    DECLARE_REPENTANCE(2),
    /** What the writer offers to mend the damage: answers, openness, making it up, counselling. */
    OFFER_REPAIR(3),
    /** "Please forgive me", "I hope one day you can forgive me". */
    REQUEST_FORGIVENESS(1);

    private final int weight;

    ApologyPart(int weight) {
        this.weight = weight;
    }

    /** How much this part counts towards {@link ApologyAnalysis#score()}. */
    public int weight() {
        return weight;
    }

    /** The sum of all weights: the score's denominator. */
    static int totalWeight() {
        int total = 0;
        for (ApologyPart part : values()) {
            total += part.weight;
        }
        return total;
    }
}
