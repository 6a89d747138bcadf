/** Pages for the couple's boundaries. */
package app.kintsugi.boundaries.web;
