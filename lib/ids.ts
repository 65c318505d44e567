/** Random ids for records. `crypto.randomUUID` exists in extension pages and in Node 20. */
export function newId(): string {
  return crypto.randomUUID();
}
