<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx::AuthorizationFlow</name>
    <message numerus="yes">
        <source>No answer from the browser within %n minute(s). Start the authorization again.</source>
        <translation>
            <numerusform>No answer from the browser within %n minute. Start the authorization again.</numerusform>
            <numerusform>No answer from the browser within %n minutes. Start the authorization again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropbox&apos;s token endpoint did not answer within %n second(s). Check the network and start again.</source>
        <translation>
            <numerusform>Dropbox&apos;s token endpoint did not answer within %n second. Check the network and start again.</numerusform>
            <numerusform>Dropbox&apos;s token endpoint did not answer within %n seconds. Check the network and start again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx::Provisioner</name>
    <message numerus="yes">
        <source>Waiting for Dropbox to create %n account(s)</source>
        <translation>
            <numerusform>Waiting for Dropbox to create %n account</numerusform>
            <numerusform>Waiting for Dropbox to create %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx::SyncEngine</name>
    <message numerus="yes">
        <source>Last sign-ins: %n new sign-in event(s) since the previous read.</source>
        <translation>
            <numerusform>Last sign-ins: %n new sign-in event since the previous read.</numerusform>
            <numerusform>Last sign-ins: %n new sign-in events since the previous read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx::TokenEndpoint</name>
    <message numerus="yes">
        <source>Dropbox&apos;s token endpoint did not answer within %n second(s). Check the network and try again.</source>
        <translation>
            <numerusform>Dropbox&apos;s token endpoint did not answer within %n second. Check the network and try again.</numerusform>
            <numerusform>Dropbox&apos;s token endpoint did not answer within %n seconds. Check the network and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx::cli</name>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of an earlier run were interrupted before Dropbox answered; read back now:</source>
        <translation>
            <numerusform>%n change of an earlier run was interrupted before Dropbox answered; read back now:</numerusform>
            <numerusform>%n changes of an earlier run were interrupted before Dropbox answered; read back now:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx::gui::AccountsModel</name>
    <message numerus="yes">
        <source>none in %n day(s)</source>
        <translation>
            <numerusform>none in %n day</numerusform>
            <numerusform>none in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx::gui::DetailPane</name>
    <message numerus="yes">
        <source>none in %n day(s)</source>
        <translation>
            <numerusform>none in %n day</numerusform>
            <numerusform>none in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx::gui::MainWindow</name>
    <message numerus="yes">
        <source>Inactive for more than %n day(s)</source>
        <translation>
            <numerusform>Inactive for more than %n day</numerusform>
            <numerusform>Inactive for more than %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx::gui::ProvisioningController</name>
    <message numerus="yes">
        <source>%n change(s) of an interrupted run were checked with Dropbox; %1 still unknown: sync to confirm (see the Audit tab).</source>
        <translation>
            <numerusform>%n change of an interrupted run was checked with Dropbox; %1 still unknown: sync to confirm (see the Audit tab).</numerusform>
            <numerusform>%n changes of an interrupted run were checked with Dropbox; %1 still unknown: sync to confirm (see the Audit tab).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of an interrupted run were checked with Dropbox (see the Audit tab).</source>
        <translation>
            <numerusform>%n change of an interrupted run was checked with Dropbox (see the Audit tab).</numerusform>
            <numerusform>%n changes of an interrupted run were checked with Dropbox (see the Audit tab).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx::gui::RunDialog</name>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without change</source>
        <translation>
            <numerusform>%n without change</numerusform>
            <numerusform>%n without change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started (cancelled)</source>
        <translation>
            <numerusform>%n not started (cancelled)</numerusform>
            <numerusform>%n not started (cancelled)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown: the reply was lost and could not be read back; sync to confirm</source>
        <translation>
            <numerusform>%n unknown: the reply was lost and could not be read back; sync to confirm</numerusform>
            <numerusform>%n unknown: the replies were lost and could not be read back; sync to confirm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx::gui::SetRoleDialog</name>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
</context>
</TS>
