import Foundation

/// Hands what `SyndicationHandler` finds to a consumer, in document order, either at once
/// (small documents) or on a second thread (large ones), so that on a multi-core machine
/// turning drafts into posts (`PostAssembler`: HTML to text, dates, threads) and writing them
/// runs while the scanner reads on. About half of parsing a large feed moves off the
/// scanner's thread (callgrind on the 5,000-entry Atom bench feed at d12f74d: 207M
/// instructions on the scanner's thread, 212M on the consumer's, 22M of them the check of
/// the encoding).
///
/// A gate, asked on the consumer thread before the first event is consumed, lets the
/// producer start before it is known whether its events count (`XMLFeedReader` scans while
/// the encoding is being confirmed); when the gate says no, no event reaches the consumer.
///
/// Events travel in batches through a short bounded queue: the scanner waits when the
/// consumer is `maxQueuedBatches` behind, so memory stays flat however large the document.
/// `close()` delivers what is left and returns only when the consumer has seen every event;
/// whatever the consumer changed is then visible to the caller (the queue's lock orders it).
///
/// Processed batches travel back and are released on the scanner's thread, which allocated
/// them: glibc's allocator frees memory of another thread's arena slowly (under its lock, past
/// the small per-thread cache). Before this, a larger cache alone
/// (`GLIBC_TUNABLES=glibc.malloc.tcache_count=1000`) took the 5,000-entry Atom bench feed
/// from 95 ms to 67 ms.
final class AssemblyLine: @unchecked Sendable {
    enum Event {
        case feed(FeedFormat, FeedMetadata)
        case entry(EntryDraft, FeedMetadata)
    }

    static let batchSize = 32
    static let maxQueuedBatches = 8

    /// Dropped by the consumer thread before it reports that it is done: the thread may still
    /// hold this object for a moment after `close()` returns, and the closure must not outlive
    /// `close()` (`FeedParser.parse(_:context:feed:entry:)` hands it closures under
    /// `withoutActuallyEscaping`, which traps when one is still referenced at its end).
    private var consume: ((Event) -> Void)?
    private let threaded: Bool
    private var pending: [Event] = []
    // Shared with the consumer thread; guarded by `condition`.
    private let condition = NSCondition()
    private var queued: [[Event]] = []
    /// Batches the consumer is done with, to be released by the producer.
    private var processed: [[Event]] = []
    private var closed = false
    private var consumerDone = false
    /// Asked first, on the consumer thread; false refuses every event (`isRefused`).
    private var gate: (() -> Bool)?
    private var refused = false

    /// - Parameters:
    ///   - threaded: false calls `consume` on the caller's thread as each event arrives.
    ///   - gate: asked before the first event is consumed, on the consumer's thread (at once
    ///     when not threaded), while the producer already sends; false means no event is
    ///     consumed at all, and `isRefused` tells the producer to stop.
    ///   - consume: called for every event, in order, never concurrently with itself.
    init(threaded: Bool, gate: (() -> Bool)? = nil, consume: @escaping (Event) -> Void) {
        self.threaded = threaded
        self.consume = consume
        guard threaded else {
            refused = !(gate?() ?? true)
            return
        }
        self.gate = gate
        pending.reserveCapacity(AssemblyLine.batchSize)
        let thread = Thread { [self] in runConsumer() }
        thread.name = "monitor.assembly"
        thread.start()
    }

    /// True once the gate said no: nothing sent reaches the consumer.
    var isRefused: Bool {
        guard threaded else { return refused }
        condition.lock()
        defer { condition.unlock() }
        return refused
    }

    func send(_ event: consuming Event) {
        guard threaded else {
            if !refused { consume?(event) }
            return
        }
        pending.append(event)
        if pending.count >= AssemblyLine.batchSize { handOver() }
    }

    /// Delivers what is pending and waits until the consumer has processed everything.
    func close() {
        guard threaded else { return }
        handOver()
        condition.lock()
        closed = true
        condition.broadcast()
        while !consumerDone { condition.wait() }
        let done = processed
        processed = []
        condition.unlock()
        _ = done  // released here, on the producer's thread
    }

    private func handOver() {
        guard !pending.isEmpty else { return }
        condition.lock()
        while queued.count >= AssemblyLine.maxQueuedBatches { condition.wait() }
        queued.append(pending)
        let done = processed
        processed = []
        condition.broadcast()
        condition.unlock()
        _ = done  // released here, on the producer's thread
        pending = []
        pending.reserveCapacity(AssemblyLine.batchSize)
    }

    private func runConsumer() {
        if let gate {
            let opened = gate()
            self.gate = nil
            condition.lock()
            refused = !opened
            condition.unlock()
        }
        var finished: [Event]?
        while true {
            condition.lock()
            if let batch = finished { processed.append(batch) }
            finished = nil
            while queued.isEmpty, !closed { condition.wait() }
            if queued.isEmpty {
                consume = nil
                consumerDone = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let batch = queued.removeFirst()
            condition.broadcast()
            condition.unlock()
            if !refused { deliver(batch) }
            finished = batch
        }
    }

    /// Its own function, so no copy of `consume` lives on in `runConsumer` once it is dropped.
    @inline(never)
    private func deliver(_ batch: [Event]) {
        guard let consume else { return }
        for event in batch { consume(event) }
    }
}
