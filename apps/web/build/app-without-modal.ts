import type { Plugin } from 'vite';
import { antdStandIn } from './antd-stand-in.ts';

/** Whether a source reads `modal` from App.useApp(): every call must destructure the names it uses, without modal. */
function readsModal(code: string): boolean {
  const calls = code.split(/useApp\(\)/).length - 1;
  const named = [...code.matchAll(/const\s*\{([^}]*)\}\s*=\s*\w+\.useApp\(\)/g)];
  return named.length !== calls || named.some((m) => /\bmodal\b/.test(m[1]!));
}

/**
 * antd's App gives `modal` (Modal.confirm and friends as a hook) beside
 * `message` and `notification` through App.useApp(); jifen never uses it
 * (its dialogs are <Modal> components, loaded when opened), yet it put the
 * whole modal (~9 KB gzipped) on every signed-in page's first load (issue
 * 20). The build gives App a stand-in hook whose api fails loudly, and fails
 * itself if a source file starts reading `modal` from useApp (remove this
 * plugin then).
 */
export function appWithoutModal(): Plugin {
  return antdStandIn({
    name: 'jifen-app-without-modal',
    module: 'app/App.js',
    importLine: "import useModal from '../modal/useModal';",
    replacement:
      "const useModal = () => { const left = () => { throw new Error('App.useApp().modal is left out of this build (apps/web/build/app-without-modal.ts)'); }; return [{ info: left, success: left, error: left, warning: left, warn: left, confirm: left }, null]; };",
    sourceUses: readsModal,
    use: 'reads modal from App.useApp()',
    file: 'build/app-without-modal.ts',
  });
}
