import CSQLite
import Foundation

// The one Swift file that touches SQLite's C API. Callers see `SQLiteDatabase` and
// `SQLiteStatement`; no C type leaves this file.
//
// Ownership: `SQLiteDatabase` owns its connection (sqlite3_open_v2 → sqlite3_close_v2 in
// deinit); each `SQLiteStatement` owns its prepared statement (sqlite3_finalize in deinit) and
// keeps its database alive with a strong reference, so the connection outlives its statements.
// Text is bound with SQLITE_TRANSIENT: SQLite copies it before the call returns.

public struct SQLiteError: Error, CustomStringConvertible {
    public var code: Int32
    public var message: String
    /// What we were doing, e.g. "opening /var/lib/monitor/monitor.sqlite".
    public var context: String

    public var description: String {
        "SQLite error \(code) while \(context): \(message)"
    }
}

/// A value to bind or read, in SQLite's own storage classes.
public enum SQLiteValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

public final class SQLiteDatabase {
    fileprivate let connection: OpaquePointer
    public let path: String

    public init(path: String) throws {
        // SQLite is loaded at first use (CSQLite's shim): without it there is no store.
        if let loadError = monitor_sqlite_load_error() {
            throw SQLiteError(
                code: SQLITE_CANTOPEN,
                message: "libsqlite3.so.0 could not be loaded (\(String(cString: loadError))); install it with `sudo apt-get install libsqlite3-0` or run `make deps`",
                context: "opening \(path)")
        }
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let status = monitor_sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: monitor_sqlite3_errmsg($0)) } ?? "out of memory"
            monitor_sqlite3_close_v2(handle)
            throw SQLiteError(code: status, message: message, context: "opening \(path)")
        }
        self.connection = handle
        self.path = path
        monitor_sqlite3_busy_timeout(handle, 5_000)
    }

    deinit {
        monitor_sqlite3_close_v2(connection)
    }

    /// Runs one or more statements without results.
    public func execute(_ sql: String, context: String? = nil) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let status = monitor_sqlite3_exec(connection, sql, nil, nil, &errorMessage)
        if status != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? lastErrorMessage
            monitor_sqlite3_free(errorMessage)
            throw SQLiteError(code: status, message: message, context: context ?? "running \(sql.prefix(60))")
        }
    }

    public func prepare(_ sql: String) throws -> SQLiteStatement {
        var statement: OpaquePointer?
        let status = monitor_sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        guard status == SQLITE_OK, let statement else {
            throw SQLiteError(code: status, message: lastErrorMessage, context: "preparing \(sql.prefix(80))")
        }
        return SQLiteStatement(database: self, statement: statement, sql: sql)
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE", context: "starting a transaction")
        do {
            let result = try body()
            try execute("COMMIT", context: "committing a transaction")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    public var userVersion: Int {
        get throws {
            let statement = try prepare("PRAGMA user_version")
            return try statement.query().first.flatMap { $0.int(0) } ?? 0
        }
    }

    public var changes: Int { Int(monitor_sqlite3_changes(connection)) }

    fileprivate var lastErrorMessage: String { String(cString: monitor_sqlite3_errmsg(connection)) }
}

public final class SQLiteStatement {
    private let database: SQLiteDatabase
    private let statement: OpaquePointer
    private let sql: String

    fileprivate init(database: SQLiteDatabase, statement: OpaquePointer, sql: String) {
        self.database = database
        self.statement = statement
        self.sql = sql
    }

    deinit {
        monitor_sqlite3_finalize(statement)
    }

    /// Runs the statement with `values` bound to `?1…?n`; for INSERT/UPDATE/DELETE.
    public func run(_ values: [SQLiteValue] = []) throws {
        try bind(values)
        defer { monitor_sqlite3_reset(statement) }
        let status = monitor_sqlite3_step(statement)
        guard status == SQLITE_DONE || status == SQLITE_ROW else {
            throw SQLiteError(code: status, message: database.lastErrorMessage, context: "running \(sql.prefix(80))")
        }
    }

    /// Runs the statement and returns every row.
    public func query(_ values: [SQLiteValue] = []) throws -> [SQLiteRow] {
        try bind(values)
        defer { monitor_sqlite3_reset(statement) }
        var rows: [SQLiteRow] = []
        while true {
            let status = monitor_sqlite3_step(statement)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else {
                throw SQLiteError(code: status, message: database.lastErrorMessage, context: "reading \(sql.prefix(80))")
            }
            rows.append(SQLiteRow(values: (0..<monitor_sqlite3_column_count(statement)).map(column)))
        }
        return rows
    }

    private func bind(_ values: [SQLiteValue]) throws {
        monitor_sqlite3_reset(statement)
        monitor_sqlite3_clear_bindings(statement)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .null: status = monitor_sqlite3_bind_null(statement, index)
            case .integer(let integer): status = monitor_sqlite3_bind_int64(statement, index, integer)
            case .real(let real): status = monitor_sqlite3_bind_double(statement, index, real)
            case .text(let text):
                status = text.utf8CString.withUnsafeBufferPointer {
                    monitor_sqlite_bind_text_transient(statement, index, $0.baseAddress, Int32($0.count - 1))
                }
            }
            guard status == SQLITE_OK else {
                throw SQLiteError(code: status, message: database.lastErrorMessage, context: "binding parameter \(index) of \(sql.prefix(60))")
            }
        }
    }

    private func column(_ index: Int32) -> SQLiteValue {
        switch monitor_sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: return .integer(monitor_sqlite3_column_int64(statement, index))
        case SQLITE_FLOAT: return .real(monitor_sqlite3_column_double(statement, index))
        case SQLITE_NULL: return .null
        default:
            guard let text = monitor_sqlite3_column_text(statement, index) else { return .null }
            return .text(String(cString: text))
        }
    }
}

/// One result row; columns by position.
public struct SQLiteRow: Sendable {
    public var values: [SQLiteValue]

    public func string(_ index: Int) -> String? {
        if case .text(let text) = values[index] { return text }
        return nil
    }

    public func int(_ index: Int) -> Int? {
        switch values[index] {
        case .integer(let integer): return Int(integer)
        case .real(let real): return Int(real)
        default: return nil
        }
    }

    public func double(_ index: Int) -> Double? {
        switch values[index] {
        case .integer(let integer): return Double(integer)
        case .real(let real): return real
        default: return nil
        }
    }
}

extension SQLiteValue {
    public init(_ string: String?) { self = string.map(SQLiteValue.text) ?? .null }
    public init(_ integer: Int?) { self = integer.map { .integer(Int64($0)) } ?? .null }
    public init(_ real: Double?) { self = real.map(SQLiteValue.real) ?? .null }
    public init(_ flag: Bool) { self = .integer(flag ? 1 : 0) }
}
