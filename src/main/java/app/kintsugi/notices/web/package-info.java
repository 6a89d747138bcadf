/** Pages of the notices module: the notice settings, confirming an address and the way out from a mail. */
package app.kintsugi.notices.web;
