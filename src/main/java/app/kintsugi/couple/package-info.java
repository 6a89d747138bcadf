/**
 * Couple spaces: two persons linked by a single-use, expiring invitation, each with the role they
 * choose in the program. Either can leave at any time; leaving ends the shared space for both and
 * takes nothing from anyone's own data.
 */
package app.kintsugi.couple;
