// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A parallel loop over indices for the decision tools: `threads` workers (0: one per core)
// take chunks of indices from a shared counter; each worker makes its own state once
// (a Workbench: scenario and catalog copies). Results must be stored by index, so that they
// do not depend on which worker computed them. Stops early when *cancel becomes true;
// *done counts the finished indices (for a progress bar). Rethrows a worker's exception.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace ccp::decisions {

inline int workerCount(int threads)
{
    if (threads > 0)
        return threads;
    const unsigned hw = std::thread::hardware_concurrency();
    return hw > 0 ? int(hw) : 1;
}

template<typename MakeState, typename Body>
void parallelFor(std::size_t n, int threads, MakeState makeState, Body body,
                 const std::atomic<bool> *cancel = nullptr,
                 std::atomic<std::size_t> *done = nullptr)
{
    constexpr std::size_t kChunk = 64;
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto work = [&] {
        try {
            auto state = makeState();
            for (;;) {
                if (cancel && cancel->load(std::memory_order_relaxed))
                    return;
                const std::size_t begin = next.fetch_add(kChunk);
                if (begin >= n)
                    return;
                const std::size_t end = std::min(n, begin + kChunk);
                for (std::size_t i = begin; i < end; ++i)
                    body(state, i);
                if (done)
                    done->fetch_add(end - begin, std::memory_order_relaxed);
            }
        } catch (...) {
            const std::lock_guard lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
            next.store(n);
        }
    };
    const int workers = std::max(1, std::min<int>(workerCount(threads),
                                                  int((n + kChunk - 1) / kChunk)));
    std::vector<std::thread> pool;
    pool.reserve(std::size_t(workers - 1));
    for (int w = 1; w < workers; ++w)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace ccp::decisions
