/** Pages for step 0 reflections: list, write, read, edit, share or withdraw, delete. */
package app.kintsugi.reflection.web;
