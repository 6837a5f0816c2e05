-- e') posts by slug drawn at random from the ~85,000 published ones of bench/dataset.sql (i % 100 < 90),
-- so nearly every read is a first read: what the response cache cannot save.
local failures = 0

init = function()
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
end

request = function()
  local i = 100 * math.random(0, 949) + math.random(1, 89)
  return wrk.format("GET", string.format("/api/v1/posts/slug/post-%06d", i))
end

response = function(status)
  if status < 200 or status > 299 then failures = failures + 1 end
end

done = function()
  io.write(string.format("script non-2xx: %d\n", failures))
end
