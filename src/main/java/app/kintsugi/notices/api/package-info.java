/** The caller's own notice choices and calendar address as JSON under {@code /api/v1/notices}. */
package app.kintsugi.notices.api;
