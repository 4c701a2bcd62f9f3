// Signs each demo role in once through the real form and keeps the cookies for the other specs.
import { test as setup } from "@playwright/test";
import { demoUser, storageStateFor, type DemoRole } from "./demo-users";
import { expectSignedInAs, signInThroughForm } from "./sign-in";

for (const role of ["journalist", "editor", "admin"] as DemoRole[]) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    const user = demoUser(role);
    await signInThroughForm(page, user.email, user.password);
    await expectSignedInAs(page, user.name);
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
