/** Pages for registration, sign-in and settings, and the signed-in person in every page's layout. */
package app.kintsugi.account.web;
