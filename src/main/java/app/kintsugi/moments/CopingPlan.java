package app.kintsugi.moments;

/**
 * A person's plan for hard moments, in their words; every part may be empty.
 *
 * @param helps  what helps me
 * @param avoid  what I'd rather avoid then
 * @param people people I can call
 */
public record CopingPlan(String helps, String avoid, String people, long version) {

    public static final CopingPlan EMPTY = new CopingPlan(null, null, null, -1);

    public boolean empty() {
        return helps == null && avoid == null && people == null;
    }
}
