package app.kintsugi.movingon.web;

/**
 * What the page that asks "delete this for good?" needs: its heading and sentence (message keys),
 * where the deletion is posted, and where "Keep it" leads back to.
 */
record Deleting(String title, String what, String action, String back) {

    static final String VIEW = "movingon/delete";
}
