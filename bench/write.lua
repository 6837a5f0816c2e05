-- f) authenticated writes through the API: POST /api/v1/posts, a published post each time, with a
-- ~7 kB Markdown body, 3-6 tags drawn from the dataset's long-tailed distribution (tag j with
-- probability ~ 1 / (j + 8)), a category by the dataset's uneven weights and one or two authors.
local n = 0
local failures = 0
local words = { "database", "index", "query", "latency", "throughput", "cache", "queue", "service", "deploy", "container",
                "cluster", "replica", "transaction", "schema", "migration", "metric", "trace", "incident", "rollout", "network",
                "storage", "memory", "thread", "request", "response", "client", "server", "failure", "retry", "timeout",
                "the", "a", "we", "our", "and", "with", "for", "when", "then", "because", "kubernetes" }
local weights = { 22, 16, 12, 10, 8, 7, 6, 5, 5, 4, 3, 2 }
local bodies = {}

-- each wrk thread its own random sequence, so titles (and slugs) differ across threads
init = function()
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
  for b = 1, 8 do
    local parts = { "## Notes " .. b .. "\\n\\n" }
    for j = 1, 1200 do
      parts[#parts + 1] = words[math.random(1, #words - (j % 97 == 0 and 0 or 1))]
      parts[#parts + 1] = (j % 120 == 0) and ".\\n\\n" or " "
    end
    bodies[b] = table.concat(parts)
  end
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

local function tag()
  return math.min(200, math.floor(8.5 * math.exp(math.log(208.5 / 8.5) * math.random()) - 8.5) + 1)
end

local function category()
  local x, acc = math.random() * 100, 0
  for c, w in ipairs(weights) do
    acc = acc + w
    if x < acc then return c end
  end
  return #weights
end

request = function()
  n = n + 1
  local seen, tags = {}, {}
  for _ = 1, math.random(3, 6) do
    local t = tag()
    if not seen[t] then seen[t] = true; tags[#tags + 1] = '"tag-' .. t .. '"' end
  end
  local a = math.random(1, 30)
  local authors = '"author-' .. a .. '"' .. (math.random() < 0.5 and (',"author-' .. (a % 30 + 1) .. '"') or "")
  local body = string.format('{"title":"Api post %d %d","status":"PUBLISHED","category":"category-%d","tags":[%s],'
    .. '"authors":[%s],"bodyMarkdown":"%s"}', n, math.random(1, 1e9), category(), table.concat(tags, ","), authors,
    bodies[math.random(1, #bodies)])
  return wrk.format(nil, "/api/v1/posts", nil, body)
end

response = function(status)
  if status < 200 or status > 299 then failures = failures + 1 end
end

done = function()
  io.write(string.format("script non-2xx: %d\n", failures))
end
