package app.kintsugi.account;

/**
 * What an account is for. A person works through the program; a counselor sees only what couples
 * who invited them chose to show; the operator runs the instance and reads no content at all.
 */
public enum AccountRole {
    PERSON,
    COUNSELOR,
    OPERATOR;

    /** The Spring Security authority the role grants. */
    public String authority() {
        return "ROLE_" + name();
    }
}
