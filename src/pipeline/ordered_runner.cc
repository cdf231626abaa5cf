#include "pipeline/ordered_runner.h"

namespace entente {

OrderedRunner::OrderedRunner(const Pipeline* pipeline, int threads, Emit emit, size_t window)
    : pipeline_(pipeline), emit_(std::move(emit)), window_(window < 1 ? 1 : window) {
  if (threads > 1)
    for (int i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
}

OrderedRunner::~OrderedRunner() { Finish(); }

void OrderedRunner::Push(Result<Document> input) {
  if (workers_.empty()) {  // one thread: no queue at all
    if (input.ok() && pipeline_) {
      Result<Analysis> a = pipeline_->Process(*input);
      emit_(input, &a);
    } else {
      emit_(input, nullptr);
    }
    return;
  }
  EmitReady();
  std::unique_lock<std::mutex> lk(mu_);
  while (next_seq_ - next_emit_ >= window_) {
    done_cv_.wait(lk, [&] { return done_.count(next_emit_) > 0; });
    lk.unlock();
    EmitReady();
    lk.lock();
  }
  queue_.emplace_back(next_seq_++, std::move(input));
  lk.unlock();
  work_cv_.notify_one();
}

void OrderedRunner::EmitReady() {
  for (;;) {
    std::unique_lock<std::mutex> lk(mu_);
    auto it = done_.find(next_emit_);
    if (it == done_.end()) return;
    Done d = std::move(it->second);
    done_.erase(it);
    ++next_emit_;
    lk.unlock();
    emit_(d.input, d.analysis ? &*d.analysis : nullptr);
  }
}

void OrderedRunner::Work() {
  for (;;) {
    std::unique_lock<std::mutex> lk(mu_);
    work_cv_.wait(lk, [&] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;
    auto [seq, input] = std::move(queue_.front());
    queue_.pop_front();
    lk.unlock();
    Done d{std::move(input), std::nullopt};
    if (d.input.ok() && pipeline_) d.analysis = pipeline_->Process(*d.input);
    lk.lock();
    done_.emplace(seq, std::move(d));
    lk.unlock();
    done_cv_.notify_all();
  }
}

void OrderedRunner::Finish() {
  if (finished_) return;
  finished_ = true;
  if (workers_.empty()) return;
  {
    std::unique_lock<std::mutex> lk(mu_);
    while (next_emit_ < next_seq_) {
      done_cv_.wait(lk, [&] { return done_.count(next_emit_) > 0; });
      lk.unlock();
      EmitReady();
      lk.lock();
    }
    stopping_ = true;
  }
  work_cv_.notify_all();
  for (auto& t : workers_) t.join();
}

}  // namespace entente
