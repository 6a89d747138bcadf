package app.kintsugi.safety;

public enum SafetyAnswer {
    NEVER,
    SOMETIMES,
    OFTEN,
    RATHER_NOT_SAY
}
