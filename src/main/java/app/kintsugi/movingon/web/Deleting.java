package app.kintsugi.movingon.web;

import org.springframework.ui.Model;

/**
 * What the page that asks "delete this for good?" needs: its heading and sentence (message keys),
 * where the deletion is posted, and where "Keep it" leads back to.
 */
record Deleting(String title, String what, String action, String back) {

    static final String VIEW = "movingon/delete";

    /**
     * Asks about one piece of moving-on writing: its heading and sentence are {@code movingon.<kind>.delete.title}
     * and {@code .what}, the deletion goes to {@code entry + "/delete"}, "Keep it" leads to {@code back}.
     */
    static String ask(Model model, String kind, String entry, String back) {
        String key = "movingon." + kind + ".delete.";
        model.addAttribute("deleting", new Deleting(key + "title", key + "what", entry + "/delete", back));
        return VIEW;
    }
}
