/** Pages for the weekly check-in and the trust trajectory. */
package app.kintsugi.checkin.web;
