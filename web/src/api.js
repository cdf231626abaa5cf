// The entente HTTP API (docs/api.md): GET requests with query parameters, JSON answers.

export class ApiError extends Error {
  constructor(message, param) {
    super(message);
    this.param = param;
  }
}

export async function get(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    q.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const url = q.toString() ? `${path}?${q}` : path;
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`${path}: HTTP ${res.status}`);
  }
  if (!res.ok) throw new ApiError(body.error || `${path}: HTTP ${res.status}`, body.param);
  return body;
}
