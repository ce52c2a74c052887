import Foundation

/// Upper-tail probabilities P(X ≥ k) of the count distributions the spike tests use.
/// Summed directly in log space with `lgamma`, so no special-function library is needed
/// and tiny probabilities (1e-12) stay accurate instead of cancelling to 0 in 1 − CDF.
enum TailProbability {
    /// Stop summing once a term adds less than this fraction of the running total.
    private static let relativeTolerance = 1e-15
    private static let maximumTerms = 100_000

    /// P(X ≥ k) for X ~ Poisson(mean).
    static func poisson(atLeast k: Int, mean: Double) -> Double {
        guard k > 0 else { return 1 }
        guard mean > 0 else { return 0 }
        let logMean = Foundation.log(mean)
        let logPMF: (Int) -> Double = { i in Double(i) * logMean - mean - logGamma(Double(i) + 1) }
        return upperTail(atLeast: k, center: mean, logPMF: logPMF)
    }

    /// P(X ≥ k) for X ~ NegativeBinomial with the given mean and size (dispersion) r;
    /// variance = mean + mean²/r, so small r means heavy overdispersion.
    static func negativeBinomial(atLeast k: Int, mean: Double, size r: Double) -> Double {
        guard k > 0 else { return 1 }
        guard mean > 0 else { return 0 }
        let logP = Foundation.log(r / (r + mean))  // "failure" weight
        let logQ = Foundation.log(mean / (r + mean))
        let logGammaR = logGamma(r)
        let logPMF: (Int) -> Double = { i in
            logGamma(Double(i) + r) - logGammaR - logGamma(Double(i) + 1) + r * logP + Double(i) * logQ
        }
        return upperTail(atLeast: k, center: mean, logPMF: logPMF)
    }

    /// P(X ≥ k) for X ~ Binomial(n, p).
    static func binomial(atLeast k: Int, trials n: Int, probability p: Double) -> Double {
        guard k > 0 else { return 1 }
        guard k <= n else { return 0 }
        guard p > 0 else { return 0 }
        guard p < 1 else { return 1 }
        let logP = Foundation.log(p)
        let logQ = Foundation.log1p(-p)
        let logNFactorial = logGamma(Double(n) + 1)
        var sum = 0.0
        for i in k...n {
            let logTerm =
                logNFactorial - logGamma(Double(i) + 1) - logGamma(Double(n - i) + 1) + Double(i) * logP
                + Double(n - i) * logQ
            sum += exp(logTerm)
        }
        return min(1, sum)
    }

    /// The reentrant overload (`lgamma_r` underneath): the plain C `lgamma` writes the global
    /// `signgam`, a data race when reports are built concurrently.
    private static func logGamma(_ x: Double) -> Double {
        let (value, _): (Double, Int) = lgamma(x)
        return value
    }

    /// Sums the upper tail directly when k lies beyond the mode (terms only shrink there),
    /// else takes 1 − the lower sum, which is then far from cancellation.
    private static func upperTail(atLeast k: Int, center: Double, logPMF: (Int) -> Double) -> Double {
        if Double(k) <= center {
            var lower = 0.0
            for i in 0..<k { lower += exp(logPMF(i)) }
            return max(0, min(1, 1 - lower))
        }
        var sum = 0.0
        var i = k
        while i - k < maximumTerms {
            let term = exp(logPMF(i))
            sum += term
            if term < sum * relativeTolerance || (sum == 0 && i - k > 1_000) { break }
            i += 1
        }
        return min(1, sum)
    }
}
