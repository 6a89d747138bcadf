/** The account through the JSON API: who the token acts for, their settings, and their tokens. */
package app.kintsugi.account.api;
