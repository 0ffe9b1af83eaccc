/**
 * The request bodies the throughput and cold-start measurements validate: a minimal one, a typical
 * one (about 450 bytes: a short conversation and a few sampling options), a large one (about 6 KB:
 * 20 messages with tool calls and tool results, 5 tools, a json_schema response format) and an
 * invalid one (the typical body with a message role the API does not know). Bodies are built, not
 * read, so the bench needs no fixtures; the bench checks each verdict before timing anything.
 */

export interface Body {
  readonly id: "minimal" | "typical" | "large" | "invalid";
  readonly value: unknown;
  readonly text: string;
  readonly valid: boolean;
}

const minimal = { model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] };

const typical = {
  model: "gpt-4o-mini",
  messages: [
    { role: "system", content: "You are a concise travel assistant. Answer briefly." },
    { role: "user", content: "What is the capital of France, and what is it best known for?" },
    { role: "assistant", content: "Paris. It is known for the Eiffel Tower, the Louvre and its cafés." },
    { role: "user", content: "Suggest three things to do there in one day." },
  ],
  temperature: 0.7,
  max_completion_tokens: 256,
  stream: false,
  user: "user-1234",
};

const tools = ["get_weather", "search_flights", "book_hotel", "convert_currency", "get_events"].map((name, index) => ({
  type: "function",
  function: {
    name,
    description: `Tool ${index + 1}: ${name.replace(/_/g, " ")} for a city and a date range.`,
    parameters: {
      type: "object",
      properties: {
        city: { type: "string", description: "City name, e.g. Paris" },
        from: { type: "string", format: "date" },
        to: { type: "string", format: "date" },
        limit: { type: "integer", minimum: 1, maximum: 20 },
      },
      required: ["city"],
      additionalProperties: false,
    },
    strict: true,
  },
}));

function largeMessages(): unknown[] {
  const messages: unknown[] = [
    { role: "system", content: "You plan trips. Use the tools to check weather, flights, hotels, currency and events before answering." },
  ];
  for (let turn = 0; messages.length < 19; turn++) {
    const call = `call_${String(turn).padStart(4, "0")}`;
    const tool = tools[turn % tools.length]?.function.name ?? "get_weather";
    messages.push(
      { role: "user", content: `Step ${turn + 1}: what about the second week of June in city number ${turn + 1}? Please include prices in euros.` },
      {
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: call,
            type: "function",
            function: { name: tool, arguments: JSON.stringify({ city: `City ${turn + 1}`, from: "2026-06-08", to: "2026-06-14", limit: 5 }) },
          },
        ],
      },
      {
        role: "tool",
        tool_call_id: call,
        content: JSON.stringify({
          ok: true,
          city: `City ${turn + 1}`,
          results: [
            { name: "Option A", price_eur: 120 },
            { name: "Option B", price_eur: 95 },
          ],
        }),
      },
    );
  }
  messages.push({ role: "user", content: "Now summarise the whole plan as JSON." });
  return messages;
}

const large = {
  model: "gpt-4o",
  messages: largeMessages(),
  tools,
  tool_choice: "auto",
  parallel_tool_calls: true,
  response_format: {
    type: "json_schema",
    json_schema: {
      name: "trip_plan",
      description: "A day-by-day trip plan.",
      strict: true,
      schema: {
        type: "object",
        properties: {
          days: {
            type: "array",
            items: {
              type: "object",
              properties: { city: { type: "string" }, activities: { type: "array", items: { type: "string" } }, budget_eur: { type: "number" } },
              required: ["city", "activities", "budget_eur"],
              additionalProperties: false,
            },
          },
          total_eur: { type: "number" },
        },
        required: ["days", "total_eur"],
        additionalProperties: false,
      },
    },
  },
  temperature: 0.2,
  max_completion_tokens: 2048,
  metadata: { session: "bench-large", team: "travel" },
  user: "user-5678",
};

const invalid = { ...typical, messages: typical.messages.map((message, index) => (index === 2 ? { ...message, role: "robot" } : message)) };

export const BODIES: readonly Body[] = [
  { id: "minimal", value: minimal, text: JSON.stringify(minimal), valid: true },
  { id: "typical", value: typical, text: JSON.stringify(typical), valid: true },
  { id: "large", value: large, text: JSON.stringify(large), valid: true },
  { id: "invalid", value: invalid, text: JSON.stringify(invalid), valid: false },
];
