// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the command line as whole processes (docs/benchmarks.md, "Command line"):
//  - cold start: `ccplanner eval --json` on the built-in example, wall-clock and CPU time
//    (user + system) of each run;
//  - batch: `ccplanner eval --batch CASES --fields finance.npv_cny,finance.irr,
//    finance.payback_months` on generated cases, in cases per second of wall-clock and of CPU
//    time (one core: the batch is single-threaded).
// Not a test: it prints figures. Output goes to /dev/null.
//   bench_cli [cold-runs=20] [cases=100000 (0: no batch)] [batch-rounds=5] [ccplanner=the built one]

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#ifndef CCP_EXECUTABLE
#error "CCP_EXECUTABLE must name the ccplanner executable"
#endif

namespace {

struct Sample
{
    double wallS = 0;
    double cpuS = 0;
};

// Runs `args` with stdout and stderr on /dev/null; nullptr-free argv. Exits on failure.
Sample run(const std::vector<std::string> &args)
{
    std::vector<char *> argv;
    for (const std::string &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("fork");
        std::exit(1);
    }
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "%s failed (status %d)\n", args.at(0).c_str(), status);
        std::exit(1);
    }
    const auto tv = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
            tv(usage.ru_utime) + tv(usage.ru_stime)};
}

struct Stats
{
    double min, median, max;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return {v.front(), v[v.size() / 2], v.back()};
}

} // namespace

int main(int argc, char *argv[])
{
    const int coldRuns = argc > 1 ? std::atoi(argv[1]) : 20;
    const int cases = argc > 2 ? std::atoi(argv[2]) : 100000;
    const int rounds = argc > 3 ? std::atoi(argv[3]) : 5;
    const std::string exe = argc > 4 ? argv[4] : CCP_EXECUTABLE;

    // Cold start (one warm-up run first: the figures are for a file cache that holds the
    // executable and its libraries, as on a machine where it is used).
    run({exe, "eval", "--json"});
    std::vector<double> wall, cpu;
    for (int i = 0; i < coldRuns; ++i) {
        const Sample s = run({exe, "eval", "--json"});
        wall.push_back(s.wallS * 1e3);
        cpu.push_back(s.cpuS * 1e3);
    }
    const Stats w = stats(wall), c = stats(cpu);
    std::printf("cold `eval --json` (%d runs): wall min %.1f median %.1f max %.1f ms; "
                "cpu min %.1f median %.1f max %.1f ms\n",
                coldRuns, w.min, w.median, w.max, c.min, c.median, c.max);

    if (cases <= 0)
        return 0;
    // Batch: cards and the first segment's utilization varied, as a sweep script would.
    char dir[] = "/tmp/bench_cli_XXXXXX";
    if (!mkdtemp(dir)) {
        std::perror("mkdtemp");
        return 1;
    }
    const std::string file = std::string(dir) + "/cases.jsonl";
    std::FILE *f = std::fopen(file.c_str(), "w");
    if (!f) {
        std::perror(file.c_str());
        return 1;
    }
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> cards(1, 8);
    std::uniform_real_distribution<double> utilization(0.4, 0.95);
    for (int i = 0; i < cases; ++i)
        std::fprintf(f, "{\"cluster.cards\": %d, \"demand.segments.0.utilization\": %.4f}\n",
                     cards(rng) * 512, utilization(rng));
    std::fclose(f);
    const std::string fields = "finance.npv_cny,finance.irr,finance.payback_months";
    std::vector<double> perWall, perCpu;
    for (int r = 0; r < rounds; ++r) {
        const Sample s = run({exe, "eval", "--batch", file, "--fields", fields});
        perWall.push_back(cases / s.wallS);
        perCpu.push_back(cases / s.cpuS);
    }
    std::remove(file.c_str());
    rmdir(dir);
    const Stats pw = stats(perWall), pc = stats(perCpu);
    std::printf("`eval --batch` %d cases --fields %s (%d rounds): per wall-clock second "
                "min %.0f median %.0f max %.0f; per CPU second min %.0f median %.0f max %.0f "
                "cases/s\n",
                cases, fields.c_str(), rounds, pw.min, pw.median, pw.max, pc.min, pc.median,
                pc.max);
    return 0;
}
