export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`Ambassador ${browser.runtime.getManifest().version} ${reason}`);
  });
});
