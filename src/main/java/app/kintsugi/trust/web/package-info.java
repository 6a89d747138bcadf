/** Pages for commitments, check-ins and the consistency record. */
package app.kintsugi.trust.web;
