/// The pipeline stage seam for turning author names into pseudonyms before storage.
public protocol Pseudonymizing: Sendable {
    /// A stable pseudonym for `name` as seen on `source`; the same input always gives the
    /// same output for the same key and configuration.
    func pseudonym(forAuthor name: String, source: String) -> String
}
