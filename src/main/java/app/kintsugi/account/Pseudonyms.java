package app.kintsugi.account;

/**
 * A value that must be recognised again but never kept (a client address, an email someone typed),
 * turned into a keyed hash that is the same on every node and cannot be reversed from a copy of the
 * database. The key is derived from the master key, which every node has and no database holds; an
 * unkeyed hash would not do, as all four billion IPv4 addresses can be tried in minutes. The privacy
 * module provides it: it owns the keys, and depends on this module, not the other way round.
 */
public interface Pseudonyms {

    /**
     * 64 hex digits, the same for the same purpose and value on every node with the same master key.
     *
     * @param purpose keeps the pseudonyms of one use apart from those of another
     */
    String of(String purpose, String value);
}
