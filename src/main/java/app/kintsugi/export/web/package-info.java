/** The page where a person downloads their own data, after typing their password again. */
package app.kintsugi.export.web;
