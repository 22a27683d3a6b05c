/** A GET /k/v1/app.json response that the spec accepts, for the validator tests. */
export const sampleApp = {
  appId: "1",
  code: "",
  name: "Deals",
  description: "",
  spaceId: null,
  threadId: null,
  createdAt: "2025-04-01T02:30:00.000Z",
  creator: { code: "sato", name: "Sato" },
  modifiedAt: "2025-04-01T02:30:00.000Z",
  modifier: { code: "sato", name: "Sato" },
};
