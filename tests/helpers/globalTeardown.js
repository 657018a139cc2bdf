export default async function globalTeardown() {
  await globalThis.__INFOPUNT_MONGO__?.stop()
}
