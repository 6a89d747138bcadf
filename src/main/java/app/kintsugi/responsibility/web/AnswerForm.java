package app.kintsugi.responsibility.web;

public class AnswerForm {

    private String answer = "";
    private String note = "";
    private String noteVisibility = "PRIVATE";

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getNoteVisibility() {
        return noteVisibility;
    }

    public void setNoteVisibility(String noteVisibility) {
        this.noteVisibility = noteVisibility;
    }
}
