package app.kintsugi.responsibility;

/** Ways of wording that turn an apology into something the hurt partner cannot hear as one. */
public enum NonApologyPattern {

    /** "I'm sorry if you were hurt": the hurt is made hypothetical. */
    CONDITIONAL,
    /** "I'm sorry you feel that way": regret aimed at the partner's reaction, not at the act. */
    DEFLECTING_FEELINGS,
    /** "I'm sorry, but …": a "but" after an apology that takes it back. */
    BUT,
    /** "You made me", "if you had …": the responsibility is moved onto the partner. */
    BLAMING,
    /** "It was only …", "nothing happened", "not a big deal": the act is made smaller. */
    MINIMISING
}
