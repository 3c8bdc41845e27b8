import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { type Role, useAuth } from '@/lib/auth';
import { Link, useLocation, useNavigate } from '@/lib/router';
import { useMe } from '@/lib/api';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { LoginButton, SignUpButton } from './AuthButtons';
import { LanguageSwitch } from './LanguageSwitch';
import './SiteHeader.css';
import { ACCOUNT_NAV, activeRole, currentItem, heldRoles, itemsFor, mainItemsFor, type NavItem } from './navigation';
import { readChosenRole, storeChosenRole } from './chosen-role';

/**
 * The site header: brand, the role's main items (at most five), a compact language toggle, and
 * either login/sign-up or the account menu under the person's name. Below ~768 px the items and
 * the account controls fold behind a menu button. Exactly one link carries aria-current.
 */
export function SiteHeader() {
  const { t } = useI18n();
  const auth = useAuth();
  const me = useMe();
  const { pathname } = useLocation();
  // The menu is open for the page it was opened on: following a link closes it, also one to the
  // page already shown.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;
  const panelId = useId();

  // The roles come from the API (GET /api/v1/me), not from the token: one source for the SPA.
  const signedIn = auth.isAuthenticated;
  const roles = signedIn ? (me.data?.roles ?? []) : undefined;
  const [chosenRole, setChosenRole] = useState(readChosenRole);
  const navigate = useNavigate();
  const mainItems = mainItemsFor(roles, chosenRole);
  const switchRole = (role: Role) => {
    setChosenRole(role);
    storeChosenRole(role);
    void navigate('/start');
  };
  const accountItems = signedIn ? itemsFor(ACCOUNT_NAV, roles) : [];
  const current = currentItem([...mainItems, ...accountItems], pathname);

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand" aria-current={pathname === '/' ? 'page' : undefined}>
          {t('app.name')}
        </Link>
        <div className="site-header__quick">
          <LanguageSwitch compact />
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls={panelId}
            data-testid="menu-button"
            onClick={() => setMenuOpenOn(menuOpen ? null : pathname)}
          >
            {t(menuOpen ? 'nav.menuClose' : 'nav.menu')}
          </button>
        </div>
        <div id={panelId} className="site-header__panel" data-open={menuOpen}>
          <nav aria-label={t('nav.label')} className="site-nav">
            <ul>
              {mainItems.map((item) => (
                <li key={item.to}>
                  <NavItemLink item={item} current={item === current} onFollow={() => setMenuOpenOn(null)} />
                </li>
              ))}
            </ul>
          </nav>
          <div className="site-header__tools">
            {auth.isLoading && !auth.activeNavigator ? null : signedIn ? (
              <AccountMenu
                name={me.data?.name ?? auth.user?.profile.name ?? ''}
                items={accountItems}
                current={current}
                roles={heldRoles(roles ?? [])}
                active={activeRole(roles, chosenRole)}
                onSwitchRole={switchRole}
              />
            ) : (
              <>
                <LoginButton testId="header-login" className="button button--on-dark" />
                <SignUpButton testId="header-sign-up" className="button button--primary button--on-dark" />
              </>
            )}
          </div>
        </div>
      </div>
    </header>
  );
}

function NavItemLink({ item, current, onFollow }: { item: NavItem; current: boolean; onFollow?: () => void }) {
  const { t } = useI18n();
  return (
    <Link to={item.to} aria-current={current ? 'page' : undefined} onClick={onFollow}>
      {t(item.label)}
    </Link>
  );
}

const ROLE_LABELS: Record<Role, MessageKey> = {
  professional: 'role.professional',
  client: 'role.client',
  coach: 'role.coach',
  'privacy-officer': 'role.privacyOfficer',
  admin: 'role.admin',
};

interface AccountMenuProps {
  name: string;
  items: NavItem[];
  current: NavItem | undefined;
  /** The roles held; with two or more the menu offers to switch between them. */
  roles: Role[];
  active: Role | undefined;
  onSwitchRole: (role: Role) => void;
}

/**
 * A disclosure button with the person's name; the list holds the role switch (for a person with
 * several roles), their account pages and logout.
 */
function AccountMenu({ name, items, current, roles, active, onSwitchRole }: AccountMenuProps) {
  const { t } = useI18n();
  const auth = useAuth();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const holdsCurrent = current !== undefined && items.includes(current);

  // An open menu closes on a click elsewhere, and on Escape (focus back on its button).
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('mousedown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('mousedown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  return (
    <div className="account-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={`account-menu__button${holdsCurrent ? ' account-menu__button--current' : ''}`}
        aria-expanded={open}
        aria-controls={listId}
        data-testid="account-menu-button"
        aria-label={`${t('nav.accountMenu')}: ${name || t('nav.me')}`}
        onClick={() => setOpen((value) => !value)}
      >
        {name || t('nav.me')}
      </button>
      <ul id={listId} className="account-menu__list" hidden={!open}>
        {roles.length > 1 && (
          <li className="account-menu__roles">
            <div role="group" aria-labelledby={`${listId}-roles`}>
              <span id={`${listId}-roles`} className="account-menu__roles-label">
                {t('nav.workingAs')}
              </span>
              {roles.map((role) => (
                <button
                  key={role}
                  type="button"
                  className="account-menu__role"
                  aria-pressed={role === active}
                  data-testid={`switch-role-${role}`}
                  onClick={() => {
                    setOpen(false);
                    onSwitchRole(role);
                  }}
                >
                  {t(ROLE_LABELS[role])}
                </button>
              ))}
            </div>
          </li>
        )}
        {items.map((item) => (
          <li key={item.to}>
            <NavItemLink item={item} current={item === current} onFollow={() => setOpen(false)} />
          </li>
        ))}
        <li>
          <button
            type="button"
            className="account-menu__logout"
            data-testid="header-logout"
            onClick={() => {
              // Personal data fetched for this user must not outlive the session in memory.
              queryClient.clear();
              void auth.signoutRedirect();
            }}
          >
            {t('auth.logout')}
          </button>
        </li>
      </ul>
    </div>
  );
}
