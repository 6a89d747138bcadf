package app.kintsugi.couple;

/** What a person sees before joining: who invited them. */
public record InvitationPreview(String inviterName) {
}
