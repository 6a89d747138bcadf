/** The pages of moving on: why it happened, forgiveness, letters, accountability, and what the partner shared. */
package app.kintsugi.movingon.web;
