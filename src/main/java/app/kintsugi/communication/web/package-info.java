/** Pages for planned conversations, live sessions, written dialogue and the tone coach. */
package app.kintsugi.communication.web;
