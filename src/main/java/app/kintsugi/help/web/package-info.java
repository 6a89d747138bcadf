/** Pages for seeking help: the step 5 page, the page for when it all feels like too much, and regional resources. */
package app.kintsugi.help.web;
