// Runs the pipeline over a stream of documents on several threads and hands the results
// back in input order, on the thread that pushes: output and storage stay single-threaded
// and deterministic whatever the number of threads.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "entente/pipeline.h"

namespace entente {

class OrderedRunner {
 public:
  // `emit` gets each input (a document or the error reading it) and, for documents, the
  // pipeline's result. At most `window` documents are in flight.
  using Emit = std::function<void(Result<Document>&, Result<Analysis>*)>;
  OrderedRunner(const Pipeline* pipeline, int threads, Emit emit, size_t window = 64);
  ~OrderedRunner();
  OrderedRunner(const OrderedRunner&) = delete;
  OrderedRunner& operator=(const OrderedRunner&) = delete;

  // Queues one input; may emit finished results first, and waits while the window is full.
  void Push(Result<Document> input);
  // Emits everything still in flight and stops the threads.
  void Finish();

 private:
  struct Done {
    Result<Document> input;
    std::optional<Result<Analysis>> analysis;
  };
  void Work();
  void EmitReady();

  const Pipeline* pipeline_;
  Emit emit_;
  size_t window_;
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<std::pair<size_t, Result<Document>>> queue_;
  std::map<size_t, Done> done_;
  size_t next_seq_ = 0, next_emit_ = 0;
  bool stopping_ = false, finished_ = false;
};

}  // namespace entente
