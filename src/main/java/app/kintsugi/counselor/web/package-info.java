/**
 * Pages of counselor access: a partner's invitation, consent and what they show; the counselor's
 * registration, caseload, couple page, suggestions and questionnaires; the operator's approval of
 * counselors.
 */
package app.kintsugi.counselor.web;
