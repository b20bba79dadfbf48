-- wrk script for POST /api/v1/auth/refresh with refresh-token rotation.
--
-- Every refresh token works once: presenting a retired one revokes its whole
-- family. So each wrk thread keeps a pool of live tokens: request() pops one,
-- response() pushes the successor taken from the Set-Cookie header. No token
-- is ever sent twice.
--
-- Tokens come from the file named by MODU_BENCH_TOKENS (one per line);
-- setup() deals them out to the MODU_BENCH_THREADS threads in equal shares
-- (32 each for -t2 with 64 tokens). With one token per connection the pool can only run dry if a
-- response is lost (socket error) or carries no new cookie; then the request
-- goes out WITHOUT a cookie (the server answers 401, so it shows up in wrk's
-- non-2xx count) and is counted as "pool_empty". done() prints the counters
-- on one line starting with "modu-bench:" for scripts/bench.py to read.

local COOKIE = "modu_refresh"
local PATH = "/api/v1/auth/refresh"

-- ---- main Lua state: setup() and done() ----------------------------------

local threads = {}
local all_tokens = nil

local function load_tokens()
   local name = os.getenv("MODU_BENCH_TOKENS")
   if not name then
      error("MODU_BENCH_TOKENS is not set (a file with one refresh token per line)")
   end
   local list = {}
   local file = assert(io.open(name, "r"))
   for line in file:lines() do
      if #line > 0 then list[#list + 1] = line end
   end
   file:close()
   return list
end

function setup(thread)
   if all_tokens == nil then all_tokens = load_tokens() end
   -- setup() runs for thread i just before thread i starts, so the shares are
   -- fixed up front: MODU_BENCH_THREADS must equal wrk's -t.
   local nthreads = tonumber(os.getenv("MODU_BENCH_THREADS") or "2")
   local per = math.floor(#all_tokens / nthreads)
   threads[#threads + 1] = thread
   local i = #threads
   local share = {}
   for k = (i - 1) * per + 1, i * per do share[#share + 1] = all_tokens[k] end
   thread:set("id", i)
   thread:set("pool", share)
end

-- ---- each thread's own Lua state -----------------------------------------

pool = pool or {}
pool_empty = 0      -- requests sent without a token because the pool was empty
no_cookie = 0       -- 2xx answers that carried no new refresh cookie
rejected = 0        -- non-2xx answers (their token is gone too)
rotated = 0         -- answers that carried a new token

-- wrk 4 calls request() once on its first thread before the run, only to
-- check that the request parses (script_verify_request); that request is never
-- sent. Answer that call with a dummy cookie so no real token is lost. (If a
-- wrk version did send it, it would show up as one 401, never as a reuse.)
verified = false

function request()
   if id == 1 and not verified then
      verified = true
      return wrk.format("POST", PATH, { ["Cookie"] = COOKIE .. "=wrk-verify" })
   end
   local token = table.remove(pool)
   if token == nil then
      pool_empty = pool_empty + 1
      return wrk.format("POST", PATH)
   end
   return wrk.format("POST", PATH, { ["Cookie"] = COOKIE .. "=" .. token })
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      rejected = rejected + 1
      return
   end
   local token = nil
   for name, value in pairs(headers) do
      if string.lower(name) == "set-cookie" then
         token = string.match(value, COOKIE .. "=([^;]+)")
         if token then break end
      end
   end
   if token and #token > 0 then
      rotated = rotated + 1
      pool[#pool + 1] = token
   else
      no_cookie = no_cookie + 1
   end
end

-- ---- main Lua state again, after the run ---------------------------------

function done(summary, latency, requests)
   local totals = { pool_empty = 0, no_cookie = 0, rejected = 0, rotated = 0, left = 0 }
   for _, t in ipairs(threads) do
      totals.pool_empty = totals.pool_empty + (t:get("pool_empty") or 0)
      totals.no_cookie = totals.no_cookie + (t:get("no_cookie") or 0)
      totals.rejected = totals.rejected + (t:get("rejected") or 0)
      totals.rotated = totals.rotated + (t:get("rotated") or 0)
      local left = t:get("pool")
      totals.left = totals.left + (left and #left or 0)
   end
   io.write(string.format(
      "modu-bench: tokens=%d rotated=%d rejected=%d no_cookie=%d pool_empty=%d pool_left=%d\n",
      #(all_tokens or {}), totals.rotated, totals.rejected, totals.no_cookie, totals.pool_empty, totals.left))
end
